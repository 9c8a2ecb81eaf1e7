import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../../shared/domain/resident-care';
import type { CorrectionOutcome, CorrectionView } from '../../../../shared/rights/corrections';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldMessage } from '../../forms/field-errors';
import { useFormatDate, useFormatDateTime, useTimeZone } from '../../i18n/format';
import { todayIn } from '../../../../shared/i18n/format';
import { useT } from '../../i18n/useT';
import { whatChanged, whatHappened } from '../residents/file/history-labels';
import { useShelterToday } from '../residents/admit/today';

/** Her correction requests: what she says is wrong, the changes that answer it, the answer. */
export function CorrectionsPanel({ residentId }: { residentId: string }) {
  const t = useT();
  const today = useShelterToday();
  const [list, setList] = useState<CorrectionView[] | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [receivedOn, setReceivedOn] = useState(today);
  const [request, setRequest] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const reload = () =>
    Promise.all([
      call('residents.corrections.list', { residentId }),
      call('residents.history', { residentId, limit: 50, includeViews: false }),
    ]).then(
      ([c, h]) => {
        setList(c);
        setHistory(h.entries);
      },
      (e: unknown) => setError(toApiError(e)),
    );
  useEffect(() => {
    void reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [residentId]);
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await reload();
      return true;
    } catch (e) {
      setError(toApiError(e));
      return false;
    }
  };
  const fieldError = (path: string) => {
    const f = error?.fields?.find((x) => x.path === path);
    return f ? fieldMessage(t, f.code) : undefined;
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('corrections.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('corrections.intro')}
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => call('residents.corrections.record', { residentId, receivedOn, request })).then((ok) => ok && setRequest(''));
          }}
        >
          <Group align="flex-end" wrap="wrap">
            <DateField label={t('corrections.receivedOn')} value={receivedOn} onChange={setReceivedOn} error={fieldError('receivedOn')} />
            <Textarea
              label={t('corrections.request')}
              value={request}
              onChange={(e) => setRequest(e.currentTarget.value)}
              autosize
              minRows={1}
              style={{ flex: 1, minWidth: 280 }}
              error={fieldError('request')}
              required
            />
            <Button type="submit">{t('corrections.save')}</Button>
          </Group>
        </form>
        <ErrorAlert error={error?.fields?.length ? null : error} />
        {list && list.length === 0 && <Text size="sm">{t('corrections.empty')}</Text>}
        {list?.map((c) => (
          <CorrectionItem key={c.id} residentId={residentId} item={c} history={history} act={act} fieldError={fieldError} />
        ))}
      </Stack>
    </Paper>
  );
}

interface ItemProps {
  residentId: string;
  item: CorrectionView;
  history: HistoryEntry[];
  act: (fn: () => Promise<unknown>) => Promise<boolean>;
  fieldError: (path: string) => string | undefined;
}

function CorrectionItem({ residentId, item, history, act, fieldError }: ItemProps) {
  const t = useT();
  const today = useShelterToday();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const timeZone = useTimeZone();
  const [pick, setPick] = useState<string | null>(null);
  const [answeredOn, setAnsweredOn] = useState(today);
  const [outcome, setOutcome] = useState<CorrectionOutcome>('corrected');
  const [note, setNote] = useState('');
  const describe = (e: HistoryEntry) => `${formatDateTime(e.at)} — ${whatHappened(t, e)} ${whatChanged(t, e)}`.trim();
  // Days are the shelter's, as core compares them.
  const candidates = history.filter(
    (e) => todayIn(timeZone, Date.parse(e.at)) >= item.receivedOn && !item.changes.some((c) => c.seq === e.seq),
  );
  const open = item.outcome === null;
  return (
    <Paper withBorder p="sm" data-testid="correction">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            {t('corrections.receivedOn')}: {formatDate(item.receivedOn)}
          </Text>
          <Badge color={open ? 'yellow' : item.outcome === 'corrected' ? 'green' : 'gray'}>
            {open
              ? t('corrections.open')
              : t('corrections.answeredLine', { outcome: t(`corrections.outcome.${item.outcome!}`), date: formatDate(item.answeredOn!) })}
          </Badge>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {item.request}
        </Text>
        <Text size="xs" c="dimmed">
          {t('corrections.changes')}:
        </Text>
        {item.changes.length === 0 ? (
          <Text size="xs">{t('corrections.noChanges')}</Text>
        ) : (
          item.changes.map((c) => (
            <Text key={c.seq} size="xs">
              {describe(c)}
            </Text>
          ))
        )}
        {item.note && <Text size="sm">{item.note}</Text>}
        {open && (
          <>
            <Group align="flex-end">
              <Select
                label={t('corrections.linkPick')}
                data={candidates.map((e) => ({ value: String(e.seq), label: describe(e) }))}
                value={pick}
                onChange={setPick}
                placeholder={candidates.length === 0 ? t('corrections.linkNone') : undefined}
                disabled={candidates.length === 0}
                style={{ flex: 1 }}
              />
              <Button
                variant="default"
                disabled={!pick}
                onClick={() =>
                  void act(() => call('residents.corrections.link', { residentId, requestId: item.id, auditSeq: Number(pick) }))
                }
              >
                {t('corrections.linkButton')}
              </Button>
            </Group>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void act(() =>
                  call('residents.corrections.answer', { residentId, requestId: item.id, answeredOn, outcome, note: note || undefined }),
                );
              }}
            >
              <Group align="flex-end" wrap="wrap">
                <DateField
                  label={t('corrections.answeredOn')}
                  value={answeredOn}
                  onChange={setAnsweredOn}
                  error={fieldError('answeredOn')}
                />
                <Select
                  label={t('corrections.answer')}
                  data={(['corrected', 'refused'] as const).map((o) => ({ value: o, label: t(`corrections.outcome.${o}`) }))}
                  value={outcome}
                  onChange={(v) => v && setOutcome(v as CorrectionOutcome)}
                  allowDeselect={false}
                  w={160}
                />
                <Textarea
                  label={t('corrections.note')}
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                  autosize
                  minRows={1}
                  style={{ flex: 1, minWidth: 220 }}
                />
                <Button type="submit">{t('corrections.answer')}</Button>
              </Group>
            </form>
          </>
        )}
      </Stack>
    </Paper>
  );
}

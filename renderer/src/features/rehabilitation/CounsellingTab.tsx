import {
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { ATTENDANCES, RISK_FLAGS } from '../../../../shared/enums/rehabilitation';
import type { SessionView } from '../../../../shared/domain/rehab-sessions';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { DateTimeFields } from '../../components/DateTimeFields';
import { useFormatDateTime, useTimeZone } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCanOnFile } from '../residents/file/useCanOnFile';
import { useChannelData } from '../residents/file/useChannelData';
import { useSealedNoteDraft } from '../../drafts/useSealedNoteDraft';
import { DraftRestoredNote } from './DraftRestoredNote';
import { GroupSessionForm } from './GroupSessionForm';
import { attendanceRate, goalsProgress } from '../../../../shared/rehabilitation/progress';
import { defaultSessionStart, sessionInstant } from './session-time';
import { useSessionStore } from '../../stores/session';

const WellbeingChart = lazy(() => import('./WellbeingChart'));

/** A resident's sessions, the progress chart, and recording a session (counsellor, manager). */
export function CounsellingTab({ residentId, label }: { residentId: string; label: string }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const canRecord = useCanOnFile('residents.sessions.save');
  const sessions = useChannelData('residents.sessions.list', { residentId });
  const plan = useChannelData('residents.plan.get', { residentId });
  const [recording, setRecording] = useState(false);
  const [grouping, setGrouping] = useState(false);
  const [notes, setNotes] = useState<{ id: string; text: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (sessions.error) return <ErrorAlert error={sessions.error} />;
  if (!sessions.data) return <PageLoader />;
  const list = sessions.data;
  const clinical = list.some((s) => s.clinical !== null);
  const goals = plan.data?.goals ?? [];
  // A dropped goal's target is no longer a milestone.
  const milestones = goals.flatMap((g) => (g.targetOn && g.status !== 'dropped' ? [{ day: g.targetOn, goal: g.description }] : []));
  const rate = attendanceRate(list);

  const openNotes = async (s: SessionView) => {
    setError(null);
    try {
      const r = await call('residents.sessions.notes', { residentId, sessionId: s.id });
      setNotes({ id: s.id, text: r.notes });
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Stack gap="md" maw={1100}>
      {error && <ErrorAlert error={error} />}
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('rehabUi.sessionsTitle')}
        </Title>
        {canRecord && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setGrouping(true)}>
              {t('groupSession.record')}
            </Button>
            <Button onClick={() => setRecording(true)}>{t('rehabUi.recordSession')}</Button>
          </Group>
        )}
      </Group>
      {!clinical && list.length > 0 && <Text c="dimmed">{t('rehabUi.hidden')}</Text>}
      {clinical && (
        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Text fw={600}>{t('rehabUi.chartTitle')}</Text>
            <Group gap="xs">
              {rate !== null && <Badge variant="light">{t('rehabUi.attendanceRate', { rate })}</Badge>}
              <Badge variant="light" color="teal">
                {t('rehabUi.goalsAchieved', goalsProgress(goals))}
              </Badge>
            </Group>
          </Group>
          {list.filter((s) => s.clinical?.who5Score != null).length < 2 ? (
            <Text c="dimmed">{t('rehabUi.chartEmpty')}</Text>
          ) : (
            <Suspense fallback={<PageLoader />}>
              <WellbeingChart sessions={list} milestones={milestones} />
            </Suspense>
          )}
        </Paper>
      )}
      {list.length === 0 ? (
        <Text c="dimmed">{t('rehabUi.noSessions')}</Text>
      ) : (
        <Table striped aria-label={t('rehabUi.sessionsTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rehabUi.when')}</Table.Th>
              <Table.Th>{t('rehabUi.type')}</Table.Th>
              <Table.Th>{t('rehabUi.attendance')}</Table.Th>
              {clinical && <Table.Th>{t('rehabUi.wellbeing')}</Table.Th>}
              {clinical && <Table.Th>{t('rehabUi.flags')}</Table.Th>}
              {clinical && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{formatDateTime(s.startsAt)}</Table.Td>
                <Table.Td>{t(`rehabEnums.sessionType.${s.type}`)}</Table.Td>
                <Table.Td>{t(`rehabEnums.attendance.${s.attendance}`)}</Table.Td>
                {clinical && <Table.Td>{s.clinical?.who5Score ?? '—'}</Table.Td>}
                {clinical && (
                  <Table.Td>
                    {s.clinical?.riskFlags.map((f) => (
                      <Badge key={f} color="red" variant="light" mr={4}>
                        {t(`rehabEnums.riskFlag.${f}`)}
                      </Badge>
                    ))}
                  </Table.Td>
                )}
                {clinical && (
                  <Table.Td>
                    {s.hasNotes && (
                      <Button size="compact-sm" variant="subtle" onClick={() => void openNotes(s)}>
                        {t('rehabUi.openNotes')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={notes !== null} onClose={() => setNotes(null)} title={t('rehabUi.notesTitle')} size="lg">
        <Text style={{ whiteSpace: 'pre-wrap' }}>{notes?.text}</Text>
      </Modal>
      {grouping && (
        <GroupSessionForm
          initial={{ value: residentId, label }}
          onClose={() => setGrouping(false)}
          onSaved={() => {
            setGrouping(false);
            sessions.reload();
          }}
        />
      )}
      {recording && (
        <SessionForm
          residentId={residentId}
          onClose={() => setRecording(false)}
          onSaved={(next) => {
            sessions.set(next);
            setRecording(false);
          }}
        />
      )}
    </Stack>
  );
}

const WHO5_ANSWERS = ['0', '1', '2', '3', '4', '5'] as const;

function SessionForm({ residentId, onClose, onSaved }: { residentId: string; onClose: () => void; onSaved: (s: SessionView[]) => void }) {
  const t = useT();
  const timeZone = useTimeZone();
  const [startsAt, setStartsAt] = useState(() => defaultSessionStart(timeZone));
  const [duration, setDuration] = useState<number | string>(50);
  const [attendance, setAttendance] = useState<string>('attended');
  const [who5, setWho5] = useState<(string | null)[]>([null, null, null, null, null]);
  const [distress, setDistress] = useState<number | string>('');
  const [flags, setFlags] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const counsellorId = useSessionStore((st) => st.user?.id ?? null);

  // A lock while typing loses nothing: the sealed draft is read back on the next open.
  const draft = useSealedNoteDraft({ kind: 'session', residentId }, notes, setNotes);

  const fieldError = (path: string) => {
    const f = error?.fields.find((x) => x.path === path || x.path.startsWith(`${path}.`));
    return f ? t(`residentValidation.${f.code}` as never) : undefined;
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const items = who5.every((v) => v !== null) ? (who5.map(Number) as [number, number, number, number, number]) : null;
      const next = await call('residents.sessions.save', {
        residentId,
        type: 'individual',
        startsAt: sessionInstant(startsAt, timeZone),
        durationMinutes: Number(duration),
        counsellorId: counsellorId ?? '',
        notes: notes || null,
        participant: {
          attendance: attendance as (typeof ATTENDANCES)[number],
          who5: items,
          distress: distress === '' ? null : Number(distress),
          riskFlags: flags as (typeof RISK_FLAGS)[number][],
        },
      });
      onSaved(next);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('rehabUi.recordSession')} size="xl">
      <Stack gap="sm">
        <DraftRestoredNote at={draft.restoredAt} />
        {error && !error.fields.length && <ErrorAlert error={error} />}
        <Text size="sm" c="dimmed">
          {t('groupSession.timeZoneNote', { timeZone })}
        </Text>
        <SimpleGrid cols={3}>
          <DateTimeFields value={startsAt} onChange={setStartsAt} error={fieldError('startsAt')} required />
          <NumberInput label={t('rehabUi.duration')} value={duration} onChange={setDuration} min={5} max={480} />
          <Select
            label={t('rehabUi.attendance')}
            value={attendance}
            onChange={(v) => setAttendance(v ?? 'attended')}
            data={ATTENDANCES.map((a) => ({ value: a, label: t(`rehabEnums.attendance.${a}`) }))}
          />
        </SimpleGrid>
        <Text fw={600}>
          {t('who5.title')} — {t('who5.intro')}
        </Text>
        {([1, 2, 3, 4, 5] as const).map((n, i) => (
          <Select
            key={n}
            label={t(`who5.item.${n}`)}
            value={who5[i]}
            onChange={(v) => setWho5((w) => w.map((x, j) => (j === i ? v : x)))}
            data={WHO5_ANSWERS.map((a) => ({ value: a, label: `${a} — ${t(`who5.answer.${a}`)}` }))}
            error={fieldError(`participant.who5.${i}`)}
          />
        ))}
        <SimpleGrid cols={2}>
          <NumberInput label={t('rehabUi.distress')} value={distress} onChange={setDistress} min={0} max={10} />
          <MultiSelect
            label={t('rehabUi.flags')}
            value={flags}
            onChange={setFlags}
            data={RISK_FLAGS.map((f) => ({ value: f, label: t(`rehabEnums.riskFlag.${f}`) }))}
          />
        </SimpleGrid>
        <Textarea
          label={t('rehabUi.notes')}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={12}
          error={fieldError('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy}>
            {t('rehabUi.saveSession')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import {
  Alert,
  Group,
  List,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { ATTENDANCES } from '../../../../shared/enums/rehabilitation';
import type { ParticipantInput } from '../../../../shared/domain/rehab-sessions';
import { call } from '../../api/client';
import { DateTimeFields } from '../../components/DateTimeFields';
import { DialogFormActions } from '../../components/DialogFormActions';
import type { WallClock } from '../../components/DateTimeFields';
import { useDraft } from '../../drafts/useDraft';
import { useSealedNoteDraft } from '../../drafts/useSealedNoteDraft';
import { useSubmission } from '../../forms/useSubmission';
import { useTimeZone } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { DraftRestoredNote } from './DraftRestoredNote';
import { defaultSessionStart, sessionInstant } from './session-time';

type Attendance = (typeof ATTENDANCES)[number];
type Row = { attendance: Attendance; who5: (string | null)[] };
type Option = { value: string; label: string };

const WHO5_ANSWERS = ['0', '1', '2', '3', '4', '5'] as const;
const NEW_ROW: Row = { attendance: 'attended', who5: [null, null, null, null, null] };
/** The plain (data-key) draft of the form: who and when only. Notes are sealed apart; WHO-5 answers are not kept. */
const GROUP_FORM_DRAFT = 'counselling.groupSession';
type FormDraft = {
  title: string;
  startsAt: WallClock;
  duration: number | string;
  chosen: Option[];
  attendance: Record<string, Attendance>;
};

/** The five WHO-5 statements as a numbered list, and what each answer means, above the rows' bare 0–5 boxes. */
function Who5Key() {
  const t = useT();
  return (
    <Stack gap={4} aria-label={t('who5.title')} role="note">
      <Text size="sm" fw={600}>
        {t('who5.title')} — {t('who5.intro')}
      </Text>
      <List type="ordered" size="sm" spacing={0}>
        {([1, 2, 3, 4, 5] as const).map((n) => (
          <List.Item key={n}>{t(`who5.item.${n}`)}</List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        {WHO5_ANSWERS.map((a) => `${a} ${t(`who5.answer.${a}`)}`).join(' · ')}
      </Text>
    </Stack>
  );
}

/** Admitted residents matching what is typed; core narrows them to those she may see. */
function useAdmittedOptions(query: string): Option[] {
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void call('residents.search', {
        query,
        status: 'admitted',
        sort: query ? 'relevance' : 'name',
        direction: 'asc',
        limit: 50,
        offset: 0,
      })
        .then((r) => {
          if (live) setOptions(r.items.map((i) => ({ value: i.id, label: `${i.code} · ${i.displayName}` })));
        })
        .catch(() => undefined);
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);
  return options;
}

/**
 * One group session: the residents present, attendance and WHO-5 for each, one sealed note for
 * the group. A refusal (someone not in the shelter that day, an item out of range) is shown next
 * to her row; everything typed stays.
 */
export function GroupSessionForm({
  initial,
  onClose,
  onSaved,
}: {
  initial?: Option;
  onClose: () => void;
  onSaved: (count: number) => void;
}) {
  const t = useT();
  const timeZone = useTimeZone();
  const counsellorId = useSessionStore((s) => s.user?.id ?? '');
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState(() => defaultSessionStart(timeZone));
  const [duration, setDuration] = useState<number | string>(60);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Option[]>(initial ? [initial] : []);
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [notes, setNotes] = useState('');
  const form = useSubmission();
  const plainDraft = useDraft<FormDraft>(
    GROUP_FORM_DRAFT,
    { title, startsAt, duration, chosen, attendance: Object.fromEntries(Object.entries(rows).map(([id, r]) => [id, r.attendance])) },
    {
      onRestore: (d) => {
        if (typeof d.title === 'string') setTitle(d.title);
        if (d.startsAt) setStartsAt(d.startsAt);
        if (d.duration !== undefined) setDuration(d.duration);
        if (Array.isArray(d.chosen))
          setChosen([...d.chosen, ...(initial && !d.chosen.some((c) => c.value === initial.value) ? [initial] : [])]);
        if (d.attendance) setRows(Object.fromEntries(Object.entries(d.attendance).map(([id, a]) => [id, { ...NEW_ROW, attendance: a }])));
      },
    },
  );
  // Sealed under the first resident chosen: before anyone is chosen there is nowhere to keep it, so the box waits.
  const noteDraft = useSealedNoteDraft({ kind: 'group', residentId: chosen[0]?.value ?? null }, notes, setNotes);
  const found = useAdmittedOptions(query);
  const options = [...chosen, ...found.filter((o) => !chosen.some((c) => c.value === o.value))];
  const rowOf = (id: string) => rows[id] ?? NEW_ROW;
  const setRow = (id: string, patch: Partial<Row>) => setRows((r) => ({ ...r, [id]: { ...(r[id] ?? NEW_ROW), ...patch } }));

  const choose = (ids: string[]) => {
    setChosen(ids.map((id) => options.find((o) => o.value === id)!).filter(Boolean));
    form.clearFieldError('participants');
  };

  const participants = (): ParticipantInput[] =>
    chosen.map((c) => {
      const r = rowOf(c.value);
      const filled = r.who5.every((v) => v !== null);
      return {
        residentId: c.value,
        attendance: r.attendance,
        who5: filled ? (r.who5.map(Number) as ParticipantInput['who5']) : null,
        distress: null,
        riskFlags: [],
        goalIds: [],
      };
    });

  const save = form.onSubmit(
    () => ({}),
    async () => {
      await call('residents.sessions.saveGroup', {
        title,
        startsAt: sessionInstant(startsAt, timeZone),
        durationMinutes: Number(duration),
        counsellorId,
        topics: [],
        topicsOther: '',
        nextSessionOn: null,
        notes: notes || null,
        participants: participants(),
      });
      await plainDraft.discard();
      onSaved(chosen.length);
    },
  );

  /** A refusal about one resident, whichever of her fields core named. */
  const rowError = (i: number) =>
    Object.entries(form.errors).find(([path]) => path === `participants.${i}` || path.startsWith(`participants.${i}.`))?.[1];

  return (
    <Modal opened onClose={onClose} title={t('groupSession.title')} size="xl">
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack gap="sm">
          <DraftRestoredNote at={noteDraft.restoredAt ?? plainDraft.restoredAt} group />
          <TextInput
            label={t('groupSession.name')}
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              form.clearFieldError('title');
            }}
            error={form.errors.title}
            required
            data-autofocus
          />
          <Text size="sm" c="dimmed">
            {t('groupSession.timeZoneNote', { timeZone })}
          </Text>
          <SimpleGrid cols={2}>
            <DateTimeFields value={startsAt} onChange={setStartsAt} error={form.errors.startsAt} required />
            <NumberInput
              label={t('rehabUi.duration')}
              value={duration}
              onChange={setDuration}
              min={5}
              max={480}
              error={form.errors.durationMinutes}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('groupSession.residents')}
            description={t('groupSession.residentsHelp')}
            data={options}
            value={chosen.map((c) => c.value)}
            onChange={choose}
            searchable
            searchValue={query}
            onSearchChange={setQuery}
            filter={({ options: all }) => all}
            error={form.errors.participants}
            required
          />
          {chosen.length === 0 ? <Text c="dimmed">{t('groupSession.noneChosen')}</Text> : <Who5Key />}
          {chosen.map((c, i) => {
            const r = rowOf(c.value);
            const problem = rowError(i);
            return (
              <Paper key={c.value} withBorder p="xs" role="group" aria-label={c.label}>
                <Text fw={600} size="sm" mb={4}>
                  {c.label}
                </Text>
                <Group align="flex-end" gap="xs" wrap="nowrap">
                  <Select
                    label={t('rehabUi.attendance')}
                    value={r.attendance}
                    onChange={(v) => setRow(c.value, { attendance: (v ?? 'attended') as Attendance })}
                    data={ATTENDANCES.map((a) => ({ value: a, label: t(`rehabEnums.attendance.${a}`) }))}
                    allowDeselect={false}
                    w={200}
                  />
                  {r.who5.map((v, k) => (
                    <Select
                      key={k}
                      label={t('groupSession.who5Item', { n: k + 1 })}
                      title={t(`who5.item.${(k + 1) as 1 | 2 | 3 | 4 | 5}`)}
                      value={v}
                      onChange={(x) => setRow(c.value, { who5: r.who5.map((y, j) => (j === k ? x : y)) })}
                      data={WHO5_ANSWERS.map((a) => ({ value: a, label: a }))}
                      disabled={r.attendance !== 'attended'}
                      clearable
                      w={96}
                    />
                  ))}
                </Group>
                {problem && (
                  <Alert color="red" variant="light" p="xs" mt="xs" aria-live="polite">
                    {problem}
                  </Alert>
                )}
              </Paper>
            );
          })}
          <Textarea
            label={t('groupSession.notes')}
            description={chosen.length === 0 ? t('sessionDrafts.chooseResidentsFirst') : undefined}
            disabled={chosen.length === 0 && !notes}
            value={notes}
            onChange={(e) => {
              setNotes(e.currentTarget.value);
              form.clearFieldError('notes');
            }}
            error={form.errors.notes}
            autosize
            minRows={3}
            maxRows={10}
          />
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('groupSession.save')} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

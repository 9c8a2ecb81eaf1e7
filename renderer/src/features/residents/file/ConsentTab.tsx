import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import { consentRecordSchema, consentWithdrawSchema, type ConsentView } from '../../../../../shared/domain/resident-consent';
import {
  CONSENT_DECISIONS,
  CONSENT_GIVERS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  GUARDIAN_RELATIONSHIPS,
  type ConsentWarning,
} from '../../../../../shared/enums/consent';
import type { MessageKey } from '../../../../../shared/i18n/translate';
import { issuesToFieldErrors } from '../../../../../shared/validation';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { useDraft } from '../../../drafts/useDraft';
import { fieldMessage, toFieldErrors, type FieldErrors } from '../../../forms/field-errors';
import { useSubmission } from '../../../forms/useSubmission';
import { useFormatDate } from '../../../i18n/format';
import { useT, type TFunction } from '../../../i18n/useT';
import { useCanOnFile } from './useCanOnFile';
import { consentAgeRule, consentInputFrom, consentValuesFromDraft, emptyConsent, type ConsentFormValues } from './consent-form';
import { RecordFormPanel } from './RecordFormPanel';
import { ConsentScopeFields } from './ConsentScopeFields';
import { useChannelData } from './useChannelData';
import { useShelterToday } from '../admit/today';
import { DateField } from '../../../components/DateField';

const label = (t: TFunction, name: string, id: string) => t(`consent.${name}.${id}` as MessageKey);
const options = (t: TFunction, name: string, ids: readonly string[]) => ids.map((id) => ({ value: id, label: label(t, name, id) }));

export const consentDraftKey = (id: string) => `residentFile.consent.${id}`;

/** The latest consent for a purpose decides what is allowed today. */
function latestFor(consents: ConsentView[], purpose: string): ConsentView | undefined {
  return consents
    .filter((c) => c.purpose === purpose)
    .sort((a, b) => (a.givenOn < b.givenOn ? 1 : a.givenOn > b.givenOn ? -1 : a.recordedAt < b.recordedAt ? 1 : -1))[0];
}

/** Consent under Law 058/2021: per purpose, who gave it, how and when, and any withdrawal. */
export function ConsentTab({ file }: { file: ResidentFile }) {
  const t = useT();
  const formatDate = useFormatDate();
  const canRecord = useCanOnFile('residents.consents.record');
  const canWithdraw = useCanOnFile('residents.consents.withdraw');
  const list = useChannelData('residents.consents.list', { residentId: file.id });
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ConsentView | null>(null);
  const [lastWarnings, setLastWarnings] = useState<ConsentWarning[]>([]);

  if (list.error) return <ErrorAlert error={list.error} />;
  if (!list.data) return <PageLoader />;
  const consents = list.data;

  return (
    <Stack gap="md" maw={1100}>
      <Text c="dimmed" size="sm">
        {t('residentFile.consent.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {CONSENT_PURPOSES.map((purpose) => {
          const c = latestFor(consents, purpose);
          const state = !c ? 'none' : c.decision === 'refused' ? 'refused' : c.withdrawnOn ? 'withdrawn' : c.active ? 'given' : 'notValid';
          return (
            <Paper key={purpose} withBorder p="md" component="section" aria-label={label(t, 'purpose', purpose)}>
              <Stack gap={6}>
                <Text fw={600}>{label(t, 'purpose', purpose)}</Text>
                <Badge
                  variant={state === 'given' ? 'light' : 'outline'}
                  color={state === 'given' ? 'teal' : state === 'none' ? 'gray' : 'orange'}
                  tt="none"
                  w="fit-content"
                >
                  {t(`residentFile.consent.state.${state}`)}
                </Badge>
                {c && (
                  <Text size="sm">
                    {c.withdrawnOn
                      ? t('residentFile.consent.withdrawnOn', { date: formatDate(c.withdrawnOn) })
                      : t(c.decision === 'refused' ? 'residentFile.consent.refusedOnBy' : 'residentFile.consent.givenOnBy', {
                          date: formatDate(c.givenOn),
                          method: label(t, 'method', c.method),
                          by: label(t, 'givenBy', c.givenBy),
                        })}
                  </Text>
                )}
                {c && c.purpose === 'sharing' && c.partners.length > 0 && !c.withdrawnOn && (
                  <Text size="sm">{t('residentFile.consent.partnersList', { partners: c.partners.join(', ') })}</Text>
                )}
                {c?.warnings.map((w) => (
                  <Text key={w} size="sm" c="orange.9">
                    {label(t, 'warning', w)}
                  </Text>
                ))}
                {c && c.decision === 'given' && !c.withdrawnOn && canWithdraw && (
                  <Button size="xs" variant="default" w="fit-content" onClick={() => setWithdrawing(c)}>
                    {t('residentFile.consent.withdraw')}
                  </Button>
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>

      {lastWarnings.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          role="status"
          withCloseButton
          onClose={() => setLastWarnings([])}
        >
          {lastWarnings.map((w) => (
            <Text key={w} size="sm">
              {label(t, 'warning', w)}
            </Text>
          ))}
        </Alert>
      )}

      {canRecord &&
        (recording ? (
          <ConsentForm
            file={file}
            onCancel={() => setRecording(false)}
            onRecorded={(warnings) => {
              setRecording(false);
              setLastWarnings(warnings);
              list.reload();
            }}
          />
        ) : (
          <Group>
            <Button onClick={() => setRecording(true)}>{t('residentFile.consent.record')}</Button>
          </Group>
        ))}

      <ConsentHistory consents={consents} />

      {withdrawing && (
        <WithdrawDialog
          consent={withdrawing}
          onClose={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null);
            list.reload();
          }}
        />
      )}
    </Stack>
  );
}

function ConsentHistory({ consents }: { consents: ConsentView[] }) {
  const t = useT();
  const formatDate = useFormatDate();
  const sorted = [...consents].sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1));
  return (
    <Paper withBorder p="md" component="section" aria-label={t('residentFile.consent.historyTitle')}>
      <Title order={3} size="h5" mb="sm">
        {t('residentFile.consent.historyTitle')}
      </Title>
      {sorted.length === 0 ? (
        <Text c="dimmed" fs="italic">
          {t('residentFile.consent.noneYet')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consent.fields.purpose')}</Table.Th>
                <Table.Th>{t('consent.fields.givenOn')}</Table.Th>
                <Table.Th>{t('consent.fields.method')}</Table.Th>
                <Table.Th>{t('consent.fields.givenBy')}</Table.Th>
                <Table.Th>{t('residentFile.consent.columns.withdrawn')}</Table.Th>
                <Table.Th>{t('residentFile.consent.columns.recordedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    {label(t, 'purpose', c.purpose)}
                    {c.decision === 'refused' && (
                      <Badge ml="xs" size="sm" variant="outline" color="orange" tt="none">
                        {label(t, 'decision', c.decision)}
                      </Badge>
                    )}
                    {c.partners.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {c.partners.join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(c.givenOn)}</Table.Td>
                  <Table.Td>
                    {label(t, 'method', c.method)}
                    {c.witnessName && (
                      <Text size="xs" c="dimmed">
                        {t('residentFile.consent.witnessedBy', { name: c.witnessName })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {label(t, 'givenBy', c.givenBy)}
                    {c.guardianName && (
                      <Text size="xs" c="dimmed">
                        {c.guardianName}
                        {c.guardianRelationship && ` · ${label(t, 'guardianRelationship', c.guardianRelationship)}`}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {c.withdrawnOn ? formatDate(c.withdrawnOn) : '—'}
                    {c.withdrawalReason && (
                      <Text size="xs" c="dimmed">
                        {c.withdrawalReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.recordedByName ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function checkConsent(t: TFunction, input: unknown, guardianRequired: boolean): FieldErrors {
  const r = consentRecordSchema.safeParse(input);
  const errors = r.success ? {} : toFieldErrors(t, issuesToFieldErrors(r.error.issues));
  if (guardianRequired && !errors.givenBy) errors.givenBy = fieldMessage(t, 'consent.guardianRequiredUnder16');
  return errors;
}

function ConsentForm({
  file,
  onCancel,
  onRecorded,
}: {
  file: ResidentFile;
  onCancel: () => void;
  onRecorded: (w: ConsentWarning[]) => void;
}) {
  const t = useT();
  const today = useShelterToday();
  const [values, setValues] = useState<ConsentFormValues>(() => emptyConsent(today));
  const form = useSubmission();
  const draft = useDraft(consentDraftKey(file.id), values, {
    onRestore: (data) => setValues((v) => ({ ...v, ...consentValuesFromDraft(data) })),
  });
  const age = consentAgeRule(file, values.givenOn, today);
  const section = useRef<HTMLElement>(null);
  // Opened from a button: the keyboard goes straight to the first field.
  useEffect(() => section.current?.querySelector<HTMLInputElement>('input')?.focus(), []);
  const guardianRequired = age.rule === 'guardian_required' && age.exact && values.givenBy === 'resident';

  const set = <K extends keyof ConsentFormValues & string>(key: K, value: ConsentFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(key);
    // The giver's message depends on the date (her age then) as much as on the choice.
    if (key === 'givenOn') form.clearFieldError('givenBy');
    if (key === 'purpose') form.clearFieldError('partnerIds');
  };

  const send = async () => {
    const result = await call('residents.consents.record', consentInputFrom(file.id, values));
    await draft.discard();
    notifications.show({
      color: 'green',
      icon: <IconCheck size={18} />,
      message: t(values.decision === 'refused' ? 'residentFile.consent.refusalRecorded' : 'residentFile.consent.recorded'),
    });
    onRecorded(result.warnings);
  };

  // Said before anyone presses Save: who may consent at her age on that date.
  const ageNote =
    age.rule === 'guardian_required'
      ? t('residentFile.consent.age.under16', { age: age.age ?? 0 })
      : age.rule === 'minor'
        ? t('residentFile.consent.age.minor', { age: age.age ?? 0 })
        : age.rule === 'unknown'
          ? t('residentFile.consent.age.unknown')
          : undefined;

  return (
    <RecordFormPanel
      ref={section}
      title={t('residentFile.consent.formTitle')}
      titleOrder={3}
      draft={draft}
      restoredMessage={(time) => t('residentFile.consent.restored', { time })}
      onSubmit={form.onSubmit(() => checkConsent(t, consentInputFrom(file.id, values), guardianRequired), send)}
      error={form.error}
      busy={form.busy}
      submitLabel={t('residentFile.consent.save')}
      onCancel={onCancel}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('consent.fields.purpose')}
          data={options(t, 'purpose', CONSENT_PURPOSES)}
          value={values.purpose || null}
          onChange={(v) => set('purpose', v ?? '')}
          error={form.errors.purpose}
          required
        />
        <DateField
          label={t('consent.fields.givenOn')}
          value={values.givenOn}
          onChange={(v) => set('givenOn', v)}
          error={form.errors.givenOn}
          required
        />
      </SimpleGrid>
      <Radio.Group
        label={t('consent.fields.decision')}
        value={values.decision}
        onChange={(v) => set('decision', v)}
        error={form.errors.decision}
        required
      >
        <Group mt="xs">
          {CONSENT_DECISIONS.map((d) => (
            <Radio key={d} value={d} label={label(t, 'decision', d)} />
          ))}
        </Group>
      </Radio.Group>
      {values.purpose === 'sharing' && values.decision !== 'refused' && (
        <ConsentScopeFields
          partnerIds={values.partnerIds}
          partnerTypes={values.partnerTypes}
          categories={values.categories}
          onChange={(key, v) => set(key, v)}
          errors={form.errors}
        />
      )}
      <Radio.Group
        label={t('consent.fields.method')}
        value={values.method}
        onChange={(v) => set('method', v)}
        error={form.errors.method}
        required
      >
        <Group mt="xs">
          {CONSENT_METHODS.map((m) => (
            <Radio key={m} value={m} label={label(t, 'method', m)} />
          ))}
        </Group>
      </Radio.Group>
      {values.method === 'oral_witnessed' && (
        <TextInput
          label={t('consent.fields.witnessName')}
          value={values.witnessName}
          onChange={(e) => set('witnessName', e.currentTarget.value)}
          error={form.errors.witnessName}
          maxLength={120}
          required
        />
      )}
      <Radio.Group
        label={t('consent.fields.givenBy')}
        description={
          ageNote && (
            <Group gap={4} component="span" c={age.rule === 'unknown' ? 'dimmed' : 'orange.9'} wrap="nowrap">
              {age.rule === 'unknown' ? <IconInfoCircle size={14} aria-hidden /> : <IconAlertTriangle size={14} aria-hidden />}
              <span>{ageNote}</span>
            </Group>
          )
        }
        value={values.givenBy}
        onChange={(v) => set('givenBy', v)}
        error={form.errors.givenBy}
        required
      >
        <Group mt="xs">
          {CONSENT_GIVERS.map((g) => (
            <Radio key={g} value={g} label={label(t, 'givenBy', g)} />
          ))}
        </Group>
      </Radio.Group>
      {values.givenBy === 'guardian' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('consent.fields.guardianName')}
            value={values.guardianName}
            onChange={(e) => set('guardianName', e.currentTarget.value)}
            error={form.errors.guardianName}
            maxLength={120}
            required
          />
          <Select
            label={t('consent.fields.guardianRelationship')}
            data={options(t, 'guardianRelationship', GUARDIAN_RELATIONSHIPS)}
            value={values.guardianRelationship || null}
            onChange={(v) => set('guardianRelationship', v ?? '')}
            error={form.errors.guardianRelationship}
            clearable
          />
        </SimpleGrid>
      )}
      <Textarea
        label={t('consent.fields.notes')}
        value={values.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={form.errors.notes}
        autosize
        minRows={2}
        maxLength={2000}
      />
    </RecordFormPanel>
  );
}

function WithdrawDialog({ consent, onClose, onDone }: { consent: ConsentView; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const today = useShelterToday();
  const [withdrawnOn, setWithdrawnOn] = useState(today);
  const [reason, setReason] = useState('');
  const form = useSubmission();
  const input = { consentId: consent.id, withdrawnOn, reason };
  const check = () => {
    const r = consentWithdrawSchema.safeParse(input);
    return r.success ? {} : toFieldErrors(t, issuesToFieldErrors(r.error.issues));
  };
  const send = async () => {
    await call('residents.consents.withdraw', input);
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('residentFile.consent.withdrawn') });
    onDone();
  };
  return (
    <Modal opened onClose={onClose} title={t('residentFile.consent.withdrawTitle', { purpose: label(t, 'purpose', consent.purpose) })}>
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('residentFile.consent.withdrawHelp')}</Text>
          <DateField
            label={t('consent.fields.withdrawnOn')}
            value={withdrawnOn}
            onChange={(v) => (setWithdrawnOn(v), form.clearFieldError('withdrawnOn'))}
            error={form.errors.withdrawnOn}
            required
            data-autofocus
          />
          <Textarea
            label={t('consent.fields.withdrawalReason')}
            value={reason}
            onChange={(e) => (setReason(e.currentTarget.value), form.clearFieldError('reason'))}
            error={form.errors.reason}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <DialogFormActions
            error={form.error}
            busy={form.busy}
            submitLabel={t('residentFile.consent.withdrawConfirm')}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

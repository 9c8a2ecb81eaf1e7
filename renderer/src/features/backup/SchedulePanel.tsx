import {
  Alert,
  Button,
  Group,
  Input,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconFolderQuestion } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  ageRecipientSchema,
  BACKUP_INTERVAL_HOURS,
  BACKUP_KEEP_DAILY,
  BACKUP_KEEP_WEEKLY,
  BACKUP_STALE_DAYS,
  BACKUP_FULL_EVERY_DAYS,
  BACKUP_CHAIN_MAX_PERCENT,
  type BackupScheduleInput,
  type BackupScheduleView,
} from '../../../../shared/domain/backup-schedule';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { PasswordStrengthMeter } from '../../components/PasswordStrengthMeter';
import { passwordProblem, type FieldErrors } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { loadForSession } from '../../stores/session';
import { useDraft } from '../../drafts/useDraft';
import { parseRecipients } from './backup-format';
import { PathChoice } from './PathChoice';
import { pathParts, type PathGrant } from '../../../../shared/contract/dialogs';

const RANGES = {
  intervalHours: BACKUP_INTERVAL_HOURS,
  keepDaily: BACKUP_KEEP_DAILY,
  keepWeekly: BACKUP_KEEP_WEEKLY,
  staleAfterDays: BACKUP_STALE_DAYS,
  fullEveryDays: BACKUP_FULL_EVERY_DAYS,
  chainMaxPercent: BACKUP_CHAIN_MAX_PERCENT,
} as const;
type RangeField = keyof typeof RANGES;

type Values = {
  enabled: boolean;
  /** The stored folder, shown; a new one is chosen into `newFolder` (core's token, never in the draft). */
  folder: string | null;
  newFolder: PathGrant | null;
  intervalHours: number | string;
  keepDaily: number | string;
  keepWeekly: number | string;
  staleAfterDays: number | string;
  fullEveryDays: number | string;
  chainMaxPercent: number | string;
  mode: BackupScheduleView['mode'];
  recipientsText: string;
  /** Write-only: empty keeps the stored one. Never part of the draft. */
  passphrase: string;
  /** The manager's own password, typed again when the change is about where copies go or who opens them. */
  password: string;
};

function fromView(v: BackupScheduleView): Values {
  const { enabled, folder, intervalHours, keepDaily, keepWeekly, staleAfterDays, fullEveryDays, chainMaxPercent, mode } = v;
  return {
    enabled,
    folder,
    newFolder: null,
    intervalHours,
    keepDaily,
    keepWeekly,
    staleAfterDays,
    fullEveryDays,
    chainMaxPercent,
    mode,
    recipientsText: v.recipients.join('\n'),
    passphrase: '',
    password: '',
  };
}

const isKey = (s: string) => ageRecipientSchema.safeParse(s).success;

const SCHEDULE_DRAFT = 'backup.schedule';

/** A kept draft is data from disk: only fields of the right type come back into the form. */
function fromDraft(d: Partial<Values>, v: Values): Values {
  const num = (x: unknown, keep: number | string) => (typeof x === 'number' || typeof x === 'string' ? x : keep);
  return {
    ...v,
    enabled: typeof d.enabled === 'boolean' ? d.enabled : v.enabled,
    intervalHours: num(d.intervalHours, v.intervalHours),
    keepDaily: num(d.keepDaily, v.keepDaily),
    keepWeekly: num(d.keepWeekly, v.keepWeekly),
    staleAfterDays: num(d.staleAfterDays, v.staleAfterDays),
    fullEveryDays: num(d.fullEveryDays, v.fullEveryDays),
    chainMaxPercent: num(d.chainMaxPercent, v.chainMaxPercent),
    mode: d.mode === 'recipients' || d.mode === 'passphrase' ? d.mode : v.mode,
    recipientsText: typeof d.recipientsText === 'string' ? d.recipientsText : v.recipientsText,
  };
}

export function SchedulePanel({ onSaved }: { onSaved: () => void }) {
  const [view, setView] = useState<BackupScheduleView | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  useEffect(() => {
    loadForSession(() => call('backup.schedule.get', {}), setView).catch((e: unknown) => setLoadError(toApiError(e)));
  }, []);
  if (loadError) return <ErrorAlert error={loadError} />;
  return view ? <ScheduleForm saved={view} onSaved={(v) => (setView(v), onSaved())} /> : null;
}

function ScheduleForm({ saved, onSaved }: { saved: BackupScheduleView; onSaved: (v: BackupScheduleView) => void }) {
  const t = useT();
  const [values, setValues] = useState<Values>(() => fromView(saved));
  const form = useSubmission({ fieldVars: RANGES });
  const runNow = useSubmission();
  const draft = useDraft(SCHEDULE_DRAFT, values, {
    exclude: ['passphrase', 'password', 'newFolder', 'folder'],
    onRestore: (data) => setValues((v) => fromDraft(data, v)),
  });

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(key === 'recipientsText' ? 'recipients' : key);
  };

  const recipients = values.mode === 'recipients' ? parseRecipients(values.recipientsText, isKey).keys : [];
  // Same rule as core's: a new folder, mode, recipient list or passphrase needs the password again.
  const needsPassword =
    values.newFolder !== null ||
    values.mode !== saved.mode ||
    [...recipients].sort().join(' ') !== [...saved.recipients].sort().join(' ') ||
    (values.mode === 'passphrase' && values.passphrase !== '');

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (values.enabled && !values.folder && !values.newFolder) found.folderToken = t('validation.required');
    if (needsPassword && !values.password) found.password = t('validation.required');
    for (const f of Object.keys(RANGES) as RangeField[]) {
      const n = values[f];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < RANGES[f].min || n > RANGES[f].max)
        found[f] = t('validation.number', { min: RANGES[f].min, max: RANGES[f].max });
    }
    if (values.mode === 'recipients') {
      const { keys, badLines } = parseRecipients(values.recipientsText, isKey);
      if (badLines.length > 0) found.recipients = t('backup.protection.recipientsInvalid', { line: badLines[0]! });
      else if (values.enabled && keys.length === 0) found.recipients = t('validation.required');
    } else if (values.passphrase || (values.enabled && !saved.passphraseSet)) {
      const p = passwordProblem(t, values.passphrase);
      if (p) found.passphrase = p;
    }
    return found;
  };

  const send = async () => {
    const input: BackupScheduleInput = {
      enabled: values.enabled,
      ...(values.newFolder ? { folderToken: values.newFolder.token } : {}),
      ...(needsPassword ? { password: values.password } : {}),
      intervalHours: Number(values.intervalHours),
      keepDaily: Number(values.keepDaily),
      keepWeekly: Number(values.keepWeekly),
      staleAfterDays: Number(values.staleAfterDays),
      fullEveryDays: Number(values.fullEveryDays),
      chainMaxPercent: Number(values.chainMaxPercent),
      mode: values.mode,
      recipients,
      ...(values.mode === 'passphrase' && values.passphrase ? { passphrase: values.passphrase } : {}),
    };
    const next = await call('backup.schedule.set', input);
    await draft.discard();
    setValues(fromView(next));
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('backup.schedule.saved') });
    onSaved(next);
  };

  const run = async () => {
    const outcome = await call('backup.schedule.runNow', {});
    if (outcome.outcome === 'ok')
      notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('backup.schedule.ranNow') });
    onSaved(saved);
  };

  const number = (field: RangeField) => (
    <NumberInput
      label={t(`backup.schedule.${field}`)}
      value={values[field]}
      onChange={(v) => set(field, v)}
      error={form.errors[field]}
      min={RANGES[field].min}
      max={RANGES[field].max}
      allowDecimal={false}
      clampBehavior="none"
      disabled={!values.enabled}
    />
  );

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-schedule-title">
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} size="h4" id="backup-schedule-title">
              {t('backup.schedule.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('backup.schedule.intro')}
            </Text>
          </div>
          {saved.chooseFolderAgain && !values.newFolder && (
            <Alert color="orange" icon={<IconFolderQuestion size={20} aria-hidden />} title={t('scheduleAfterRestore.title')}>
              {t('scheduleAfterRestore.body')}
            </Alert>
          )}
          <Switch label={t('backup.schedule.enabled')} checked={values.enabled} onChange={(e) => set('enabled', e.currentTarget.checked)} />
          <PathChoice
            label={t('backup.schedule.folder')}
            request={{ kind: 'backupFolder' }}
            value={values.newFolder ?? (values.folder ? pathParts(values.folder) : null)}
            onChange={(p) => set('newFolder', p)}
            error={form.errors.folderToken}
            disabled={!values.enabled}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={640}>
            {number('intervalHours')}
            {number('staleAfterDays')}
            {number('keepDaily')}
            {number('keepWeekly')}
            {number('fullEveryDays')}
            {number('chainMaxPercent')}
          </SimpleGrid>
          <Input.Wrapper label={t('backup.protection.label')} labelElement="div">
            <div>
              <SegmentedControl
                mt={4}
                value={values.mode}
                onChange={(v) => set('mode', v as Values['mode'])}
                disabled={!values.enabled}
                data={[
                  { value: 'recipients', label: t('backup.protection.recipients') },
                  { value: 'passphrase', label: t('backup.protection.passphrase') },
                ]}
              />
            </div>
          </Input.Wrapper>
          {values.mode === 'recipients' ? (
            <Textarea
              label={t('backup.protection.recipientsLabel')}
              description={t('backup.protection.recipientsHelp')}
              value={values.recipientsText}
              onChange={(e) => set('recipientsText', e.currentTarget.value)}
              error={form.errors.recipients}
              autosize
              minRows={2}
              spellCheck={false}
              disabled={!values.enabled}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
          ) : (
            <Stack gap="xs" maw={520}>
              <PasswordField
                label={t('backup.protection.passphrase')}
                description={saved.passphraseSet ? t('backup.schedule.passphraseSet') : t('backup.schedule.passphraseHelp')}
                value={values.passphrase}
                onChange={(e) => set('passphrase', e.currentTarget.value)}
                error={form.errors.passphrase}
                autoComplete="new-password"
                disabled={!values.enabled}
              />
              {values.passphrase && <PasswordStrengthMeter password={values.passphrase} fieldHasError={Boolean(form.errors.passphrase)} />}
            </Stack>
          )}
          {needsPassword && (
            <PasswordField
              label={t('reauth.label')}
              description={t('reauth.description')}
              value={values.password}
              onChange={(e) => set('password', e.currentTarget.value)}
              error={form.errors.password}
              autoComplete="current-password"
              maw={360}
            />
          )}
          <ErrorAlert error={form.error} />
          <ErrorAlert error={runNow.error} />
          {draft.status === 'saved' && (
            <Text size="xs" c="dimmed">
              {t('common.draftSaved')}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={form.busy}>
              {t('backup.schedule.save')}
            </Button>
            {saved.enabled && (
              <Button variant="default" loading={runNow.busy} onClick={() => void runNow.run(run)}>
                {t('backup.schedule.runNow')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import type { PathGrant } from '../../../../shared/contract/dialogs';
import { ageRecipientSchema } from '../../../../shared/domain/backup-schedule';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { PasswordField } from '../../components/PasswordField';
import { PasswordStrengthMeter } from '../../components/PasswordStrengthMeter';
import { confirmProblem, passwordProblem, type FieldErrors } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { formatBytes, parseRecipients } from './backup-format';
import { BackupProgress } from './BackupProgress';
import { PathChoice } from './PathChoice';
import { ProtectionSwitch, RecipientsField, type Protection } from './ProtectionFields';
import { useBackupProgress } from './useBackupProgress';

/** Refusals about the place the file goes are shown next to the folder. */
const FOLDER_CODES = new Set(['BACKUP_LOCATION_INVALID', 'BACKUP_FOLDER_MISSING', 'BACKUP_WRITE_FAILED', 'DISK_FULL']);

interface Props {
  /** Head office keys already set for scheduled backups: offered here too. */
  knownRecipients: string[];
  onDone: () => void;
}

export function CreateBackupPanel({ knownRecipients, onDone }: Props) {
  const t = useT();
  const [folder, setFolder] = useState<PathGrant | null>(null);
  const [password, setPassword] = useState('');
  const [protection, setProtection] = useState<Protection>(knownRecipients.length > 0 ? 'recipients' : 'passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [recipientsText, setRecipientsText] = useState(knownRecipients.join('\n'));
  const [made, setMade] = useState<{ file: ChannelOutput<'backup.create'>; checked: boolean } | null>(null);
  /** Set when the file was written but reading it back failed: the backup is not to be trusted. */
  const [checkError, setCheckError] = useState<ApiError | null>(null);
  const form = useSubmission({
    onRefused: (err, view) =>
      FOLDER_CODES.has(err.code) || err.code === 'PATH_NOT_CHOSEN'
        ? {
            // Core says "location invalid" for a folder that vanished too: name the likely cause.
            fields: {
              ...view.fields,
              folderToken: err.code === 'BACKUP_LOCATION_INVALID' ? t('backup.create.folderUnusable') : errorMessage(t, err),
            },
            alert: null,
          }
        : view,
  });
  const progress = useBackupProgress(['create', 'verify'], form.busy);

  const isKey = (s: string) => ageRecipientSchema.safeParse(s).success;

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!folder) found.folderToken = t('validation.required');
    if (protection === 'passphrase') {
      const p = passwordProblem(t, passphrase);
      if (p) found.passphrase = p;
      const c = confirmProblem(t, passphrase, confirm);
      if (c) found.confirm = c;
    } else {
      const { keys, badLines } = parseRecipients(recipientsText, isKey);
      if (badLines.length > 0) found.recipients = t('backup.protection.recipientsInvalid', { line: badLines[0]! });
      else if (keys.length === 0) found.recipients = t('validation.required');
      if (!password) found.password = t('validation.required');
    }
    return found;
  };

  const send = async () => {
    setMade(null);
    setCheckError(null);
    const input =
      protection === 'passphrase'
        ? { folderToken: folder!.token, passphrase }
        : { folderToken: folder!.token, recipients: parseRecipients(recipientsText, isKey).keys, password };
    const file = await call('backup.create', input);
    // The folder's token is spent: another backup means choosing the folder again.
    setFolder(null);
    setPassword('');
    setMade({ file, checked: false });
    try {
      // With the passphrase still at hand, the new file is read back at once: a backup
      // counts only once it is known to open (a USB stick can fail silently).
      if (input.passphrase !== undefined) {
        await call('backup.verify', { sourceToken: file.checkToken, passphrase: input.passphrase });
        setMade({ file, checked: true });
      }
    } catch (e) {
      setCheckError(toApiError(e));
    } finally {
      // The passphrase has done its job: it does not stay on screen or in memory.
      setPassphrase('');
      setConfirm('');
      onDone();
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-create-title">
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          <Title order={3} size="h4" id="backup-create-title">
            {t('backup.create.title')}
          </Title>
          <PathChoice
            label={t('backup.create.folder')}
            description={t('backup.create.folderHelp')}
            request={{ kind: 'backupFolder' }}
            value={folder}
            onChange={(p) => {
              setFolder(p);
              form.clearFieldError('folderToken');
            }}
            error={form.errors.folderToken}
            disabled={form.busy}
          />
          <ProtectionSwitch value={protection} onChange={setProtection} disabled={form.busy} />
          {protection === 'passphrase' ? (
            <Stack gap="sm" maw={520}>
              <Text size="sm">{t('backup.protection.passphraseHelp')}</Text>
              <PasswordField
                label={t('backup.protection.passphrase')}
                value={passphrase}
                onChange={(e) => {
                  setPassphrase(e.currentTarget.value);
                  form.clearFieldError('passphrase');
                }}
                error={form.errors.passphrase}
                autoComplete="new-password"
                disabled={form.busy}
                required
              />
              <PasswordStrengthMeter password={passphrase} fieldHasError={Boolean(form.errors.passphrase)} />
              <PasswordField
                label={t('backup.create.confirm')}
                value={confirm}
                onChange={(e) => {
                  setConfirm(e.currentTarget.value);
                  form.clearFieldError('confirm');
                }}
                error={form.errors.confirm}
                autoComplete="new-password"
                disabled={form.busy}
                required
              />
            </Stack>
          ) : (
            <Stack gap="sm">
              <RecipientsField
                description={t('backup.protection.recipientsHelp')}
                value={recipientsText}
                onChange={(v) => {
                  setRecipientsText(v);
                  form.clearFieldError('recipients');
                }}
                error={form.errors.recipients}
                disabled={form.busy}
              />
              <PasswordField
                label={t('reauth.label')}
                description={t('reauth.keyedBackup')}
                value={password}
                onChange={(e) => {
                  setPassword(e.currentTarget.value);
                  form.clearFieldError('password');
                }}
                error={form.errors.password}
                autoComplete="current-password"
                disabled={form.busy}
                required
                maw={360}
              />
            </Stack>
          )}
          {form.busy && <BackupProgress progress={progress} startingLabel={t('backup.create.running')} cancellable />}
          <ErrorAlert error={form.error} />
          {made && !form.busy && !checkError && (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="backup-made">
              <Text fw={600}>
                {t(made.checked ? 'backup.create.doneChecked' : 'backup.create.done', {
                  name: made.file.fileName,
                  size: formatBytes(made.file.fileBytes),
                })}
              </Text>
              {!made.checked && <Text size="sm">{t('backup.create.notCheckedHere')}</Text>}
              <Text size="sm">{t('backup.create.doneHint')}</Text>
            </Alert>
          )}
          {checkError && !form.busy && (
            <ErrorAlert error={checkError} message={t('backup.create.checkFailed')}>
              <Text size="sm">{errorMessage(t, checkError)}</Text>
            </ErrorAlert>
          )}
          <Group>
            <Button type="submit" loading={form.busy}>
              {t('backup.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

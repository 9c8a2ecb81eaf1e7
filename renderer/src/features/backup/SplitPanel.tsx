import { Alert, Button, Group, List, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { PIECE_MB } from '../../../../shared/contract/channels/backup';
import type { PathGrant } from '../../../../shared/contract/dialogs';
import { ageRecipientSchema } from '../../../../shared/domain/backup-schedule';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import type { FieldErrors } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { formatBytes, parseRecipients } from './backup-format';
import { BackupProgress } from './BackupProgress';
import { PathChoice } from './PathChoice';
import { ProtectionSwitch, RecipientsField, type Protection } from './ProtectionFields';
import { useBackupProgress } from './useBackupProgress';

const isKey = (s: string) => ageRecipientSchema.safeParse(s).success;

/** Cuts a chosen backup file into numbered pieces for e-mail (backup.split), with progress and cancel. */
export function SplitPanel({ knownRecipients }: { knownRecipients: string[] }) {
  const t = useT();
  const [file, setFile] = useState<PathGrant | null>(null);
  const [folder, setFolder] = useState<PathGrant | null>(null);
  const [size, setSize] = useState<number | string>(PIECE_MB.default);
  const [protection, setProtection] = useState<Protection>(knownRecipients.length > 0 ? 'recipients' : 'passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recipientsText, setRecipientsText] = useState(knownRecipients.join('\n'));
  const [made, setMade] = useState<ChannelOutput<'backup.split'> | null>(null);
  const form = useSubmission({
    // A passphrase that is not the backup's own is said next to its field (core names it), not again above the button.
    onRefused: (err, view) => (err.code === 'BACKUP_WRONG_PASSPHRASE' && view.fields.passphrase ? { ...view, alert: null } : view),
  });
  const progress = useBackupProgress(['create'], form.busy);

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!file) found.sourceToken = t('validation.required');
    if (!folder) found.folderToken = t('validation.required');
    if (typeof size !== 'number' || !Number.isInteger(size) || size < PIECE_MB.min || size > PIECE_MB.max)
      found.pieceMB = t('backupPieces.sizeInvalid');
    if (protection === 'passphrase' && !passphrase) found.passphrase = t('validation.required');
    if (protection === 'recipients') {
      const { keys, badLines } = parseRecipients(recipientsText, isKey);
      if (badLines.length > 0) found.recipients = t('backup.protection.recipientsInvalid', { line: badLines[0]! });
      else if (keys.length === 0) found.recipients = t('validation.required');
    }
    return found;
  };

  const send = async () => {
    setMade(null);
    const secret = protection === 'passphrase' ? { passphrase } : { recipients: parseRecipients(recipientsText, isKey).keys };
    try {
      setMade(await call('backup.split', { sourceToken: file!.token, folderToken: folder!.token, pieceMB: size as number, ...secret }));
      // Spent by the split; a refused one leaves them usable, so only the passphrase is typed again.
      setFile(null);
      setFolder(null);
    } finally {
      setPassphrase('');
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-split-title">
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} size="h4" id="backup-split-title">
              {t('backupPieces.title')}
            </Title>
            <Text size="sm" c="dimmed" maw={720}>
              {t('backupPieces.intro')}
            </Text>
          </div>
          <PathChoice
            label={t('backupPieces.file')}
            request={{ kind: 'backupFile' }}
            value={file}
            onChange={(p) => {
              setFile(p);
              form.clearFieldError('sourceToken');
            }}
            error={form.errors.sourceToken}
            disabled={form.busy}
          />
          <PathChoice
            label={t('backupPieces.folder')}
            description={t('backupPieces.folderHelp')}
            request={{ kind: 'backupFolder' }}
            value={folder}
            onChange={(p) => {
              setFolder(p);
              form.clearFieldError('folderToken');
            }}
            error={form.errors.folderToken}
            disabled={form.busy}
          />
          <NumberInput
            label={t('backupPieces.size')}
            description={t('backupPieces.sizeHelp')}
            value={size}
            onChange={(v) => {
              setSize(v);
              form.clearFieldError('pieceMB');
            }}
            min={PIECE_MB.min}
            max={PIECE_MB.max}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            error={form.errors.pieceMB}
            disabled={form.busy}
            maw={240}
            required
          />
          <ProtectionSwitch value={protection} onChange={setProtection} disabled={form.busy} />
          {protection === 'passphrase' ? (
            <PasswordField
              label={t('backupPieces.passphraseLabel')}
              description={t('backupPieces.passphraseHelp')}
              value={passphrase}
              onChange={(e) => {
                setPassphrase(e.currentTarget.value);
                form.clearFieldError('passphrase');
              }}
              error={form.errors.passphrase}
              autoComplete="off"
              disabled={form.busy}
              required
              maw={520}
            />
          ) : (
            <RecipientsField
              description={t('backupPieces.recipientsHelp')}
              value={recipientsText}
              onChange={(v) => {
                setRecipientsText(v);
                form.clearFieldError('recipients');
              }}
              error={form.errors.recipients}
              disabled={form.busy}
            />
          )}
          {form.busy && <BackupProgress progress={progress} startingLabel={t('backupPieces.running')} cancellable />}
          <ErrorAlert error={form.error} />
          {made && !form.busy && (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="backup-pieces-made">
              <Stack gap="xs">
                <Text fw={600}>{t('backupPieces.done', { count: made.pieces.length, size: formatBytes(made.fileBytes) })}</Text>
                <List size="sm" spacing={2}>
                  {made.pieces.map((name) => (
                    <List.Item key={name}>{name}</List.Item>
                  ))}
                </List>
                <Text size="sm">{t('backupPieces.doneHint')}</Text>
              </Stack>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.busy}>
              {t('backupPieces.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

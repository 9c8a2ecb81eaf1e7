import { Alert, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../shared/contract';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { FieldErrors } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { explainAfterSwap } from './after-swap';
import { BackupProgress } from './BackupProgress';
import { BackupSourceFields } from './BackupSourceFields';
import { BackupSummaryCard } from './BackupSummaryCard';
import { checkSource, EMPTY_SOURCE, sourceRefusal, toSourceInput, withRenewed, type SourceValues } from './source-form';
import { useBackupProgress } from './useBackupProgress';
import { RestoreTrustFields } from './RestoreTrustFields';
import { checkTrust, EMPTY_TRUST, toTrust, TRUST_CODES, type TrustValues } from './trust-form';

type Preview = ChannelOutput<'backup.preview'>;

/**
 * Choose the file and its passphrase, see what it holds, type the confirmation word,
 * restore. Core verifies the whole file again before it touches anything.
 */
export function RestorePanel() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const settings = useSessionStore((s) => s.settings);
  const [values, setValues] = useState<SourceValues>(EMPTY_SOURCE);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [typed, setTyped] = useState('');
  const [trust, setTrust] = useState<TrustValues>(EMPTY_TRUST);
  const [otherVaultOk, setOtherVaultOk] = useState(false);
  const word = t('backup.restore.confirmWord');
  const form = useSubmission({
    onRefused: (err, view) => {
      if (err.code === 'BACKUP_WRONG_PASSPHRASE') setValues((v) => ({ ...v, passphrase: '' }));
      if (err.code === 'BACKUP_SIGN_IN_FAILED') setTrust((v) => ({ ...v, password: '' }));
      // Anything wrong with the file itself sends the person back to choosing it; a refused sign-in to it does not.
      if (err.code.startsWith('BACKUP_') && err.code !== 'BACKUP_CANCELLED' && !TRUST_CODES.has(err.code)) setPreview(null);
      return sourceRefusal(t, err, view, values.method);
    },
  });
  const progress = useBackupProgress(['verify', 'restore'], form.busy);

  const change = (patch: Partial<SourceValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setPreview(null);
    setTyped('');
    for (const k of Object.keys(patch)) form.clearFieldError(k);
  };

  const startOver = () => {
    setValues(EMPTY_SOURCE);
    setPreview(null);
    setTyped('');
    setTrust(EMPTY_TRUST);
    setOtherVaultOk(false);
    form.reset();
  };

  const showPreview = async () => {
    const p = await call('backup.preview', toSourceInput(values));
    setValues((v) => withRenewed(v, p.renewed));
    setPreview(p);
  };

  const checkConfirmed = (): FieldErrors => ({
    ...checkTrust(t, trust),
    ...(preview?.sameVault === false && !otherVaultOk ? { confirmOtherVault: t('validation.required') } : {}),
    ...(typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase() ? {} : { confirm: t('backup.restore.confirmMismatch', { word }) }),
  });

  const changeTrust = (patch: Partial<TrustValues>) => {
    setTrust((v) => ({ ...v, ...patch }));
    for (const k of Object.keys(patch)) form.clearFieldError(`trust.${k}`);
  };

  const restore = async () => {
    const result = await call('backup.restore', { ...toSourceInput(values), trust: toTrust(trust), confirmOtherVault: otherVaultOk });
    setValues(EMPTY_SOURCE);
    setTrust(EMPTY_TRUST);
    explainAfterSwap('restored', formatDateTime(result.summary.createdAt));
  };

  const summary = preview?.summary;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-restore-title">
      <Stack gap="md">
        <div>
          <Title order={3} size="h4" id="backup-restore-title">
            {t('backup.restore.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('backup.restore.intro')}
          </Text>
        </div>
        {!preview ? (
          <form onSubmit={form.onSubmit(() => checkSource(t, values), showPreview)} noValidate>
            <Stack gap="md">
              <BackupSourceFields values={values} onChange={change} errors={form.errors} disabled={form.busy} idPrefix="restore" />
              {form.busy && <BackupProgress progress={progress} startingLabel={t('backup.restore.previewing')} cancellable />}
              <ErrorAlert error={form.error} />
              <Group>
                <Button type="submit" loading={form.busy} variant="light">
                  {t('backup.restore.preview')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <form onSubmit={form.onSubmit(checkConfirmed, restore)} noValidate>
            <Stack gap="md">
              <div>
                <Title order={4} size="h5">
                  {t('backup.restore.previewTitle')}
                </Title>
                {values.source && (
                  <Text size="sm" c="dimmed">
                    {t('backup.restore.file', { name: values.source.name })}
                  </Text>
                )}
              </div>
              {preview.warnDifferentOrigin && summary && (
                <Alert
                  color="orange"
                  variant="light"
                  icon={<IconAlertTriangle aria-hidden />}
                  title={t('backup.restore.otherOrigin')}
                  data-testid="other-origin-warning"
                >
                  {t('backup.restore.otherOriginBody', {
                    currentOrg: settings?.organisationName ?? '',
                    currentSite: settings?.siteCode ?? '',
                    backupOrg: summary.organisationName,
                    backupSite: summary.siteCode,
                  })}
                </Alert>
              )}
              {preview.sameVault === false && (
                <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="other-vault-warning">
                  <Stack gap="xs">
                    <Text size="sm" fw={600}>
                      {t('trust.otherVault')}
                    </Text>
                    <Checkbox
                      label={t('trust.confirmOtherVault')}
                      checked={otherVaultOk}
                      onChange={(e) => {
                        setOtherVaultOk(e.currentTarget.checked);
                        form.clearFieldError('confirmOtherVault');
                      }}
                      error={form.errors.confirmOtherVault}
                      disabled={form.busy}
                    />
                  </Stack>
                </Alert>
              )}
              {summary && <BackupSummaryCard summary={summary} chainFiles={preview.chainFiles} />}
              {summary && (
                <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
                  <Text size="sm">{t('backup.restore.replaces', { date: formatDateTime(summary.createdAt) })}</Text>
                  <Text size="sm" fw={600}>
                    {t('backup.restore.passwordsNote', { date: formatDateTime(summary.createdAt) })}
                  </Text>
                </Alert>
              )}
              <RestoreTrustFields values={trust} onChange={changeTrust} errors={form.errors} disabled={form.busy} idPrefix="restore" />
              <TextInput
                label={t('backup.restore.confirmLabel', { word })}
                value={typed}
                onChange={(e) => {
                  setTyped(e.currentTarget.value);
                  form.clearFieldError('confirm');
                }}
                error={form.errors.confirm}
                autoComplete="off"
                spellCheck={false}
                disabled={form.busy}
                maw={320}
              />
              {form.busy && <BackupProgress progress={progress} startingLabel={t('backup.restore.running')} cancellable />}
              <ErrorAlert error={form.error} />
              <Group>
                <Button type="submit" color="red" loading={form.busy}>
                  {t('backup.restore.submit')}
                </Button>
                <Button variant="default" onClick={startOver} disabled={form.busy}>
                  {t('backup.restore.chooseAnother')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import type { ChannelOutput } from '../../../../../shared/contract';
import { call } from '../../../api/client';
import { AuthFrame } from '../../../components/AuthFrame';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSubmission } from '../../../forms/useSubmission';
import { useFormatDateTime } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useSessionStore } from '../../../stores/session';
import { BackupProgress } from '../BackupProgress';
import { BackupSourceFields } from '../BackupSourceFields';
import { BackupSummaryCard } from '../BackupSummaryCard';
import { checkSource, EMPTY_SOURCE, sourceRefusal, toSourceInput, withRenewed, type SourceValues } from '../source-form';
import { useBackupProgress } from '../useBackupProgress';
import { RestoreTrustFields } from '../RestoreTrustFields';
import { checkTrust, EMPTY_TRUST, toTrust, TRUST_CODES, type TrustValues } from '../trust-form';

type Stage = { at: 'source' } | { at: 'preview'; preview: ChannelOutput<'backup.previewNew'> } | { at: 'done'; createdAt: string };

/**
 * A new computer with no vault: file, passphrase, what it holds, restore, sign in.
 * Nothing here can overwrite data: core refuses once a vault exists.
 */
export function NewComputerRestore({ onBack }: { onBack: () => void }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const [values, setValues] = useState<SourceValues>(EMPTY_SOURCE);
  const [stage, setStage] = useState<Stage>({ at: 'source' });
  const [trust, setTrust] = useState<TrustValues>(EMPTY_TRUST);
  const form = useSubmission({
    onRefused: (err, view) => {
      if (err.code === 'VAULT_EXISTS') {
        void useSessionStore.getState().boot();
        return 'handled';
      }
      if (err.code === 'BACKUP_WRONG_PASSPHRASE') setValues((v) => ({ ...v, passphrase: '' }));
      if (err.code === 'BACKUP_SIGN_IN_FAILED') setTrust((v) => ({ ...v, password: '' }));
      if (err.code.startsWith('BACKUP_') && !TRUST_CODES.has(err.code)) setStage({ at: 'source' });
      return sourceRefusal(t, err, view, values.method);
    },
  });
  const progress = useBackupProgress(['verify', 'restore'], form.busy);

  const change = (patch: Partial<SourceValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    for (const k of Object.keys(patch)) form.clearFieldError(k);
  };

  const preview = async () => {
    const p = await call('backup.previewNew', toSourceInput(values));
    setValues((v) => withRenewed(v, p.renewed));
    setStage({ at: 'preview', preview: p });
  };

  const changeTrust = (patch: Partial<TrustValues>) => {
    setTrust((v) => ({ ...v, ...patch }));
    for (const k of Object.keys(patch)) form.clearFieldError(`trust.${k}`);
  };

  const restore = async () => {
    const result = await call('backup.restoreNew', { ...toSourceInput(values), trust: toTrust(trust) });
    setValues(EMPTY_SOURCE);
    setTrust(EMPTY_TRUST);
    setStage({ at: 'done', createdAt: result.summary.createdAt });
  };

  return (
    <AuthFrame width={840}>
      <Stack gap="lg">
        <div>
          <Title order={2}>{t('newComputer.title')}</Title>
          {stage.at !== 'done' && <Text c="dimmed">{t('newComputer.intro')}</Text>}
        </div>

        {stage.at === 'source' && (
          <form onSubmit={form.onSubmit(() => checkSource(t, values), preview)} noValidate>
            <Stack gap="md">
              <BackupSourceFields values={values} onChange={change} errors={form.errors} disabled={form.busy} idPrefix="new-computer" />
              {form.busy && <BackupProgress progress={progress} startingLabel={t('backup.restore.previewing')} cancellable={false} />}
              <ErrorAlert error={form.error} />
              <Group justify="space-between">
                <Button variant="subtle" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack} disabled={form.busy}>
                  {t('newComputer.back')}
                </Button>
                <Button type="submit" loading={form.busy}>
                  {t('backup.restore.preview')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}

        {stage.at === 'preview' && (
          <Stack gap="md">
            <Title order={3} size="h4">
              {t('backup.restore.previewTitle')}
            </Title>
            <BackupSummaryCard summary={stage.preview.summary} chainFiles={stage.preview.chainFiles} />
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
              <Text size="sm" fw={600}>
                {t('backup.restore.passwordsNote', { date: formatDateTime(stage.preview.summary.createdAt) })}
              </Text>
            </Alert>
            <form onSubmit={form.onSubmit(() => checkTrust(t, trust), restore)} noValidate>
              <Stack gap="md">
                <RestoreTrustFields
                  values={trust}
                  onChange={changeTrust}
                  errors={form.errors}
                  disabled={form.busy}
                  idPrefix="new-computer"
                />
                {form.busy && <BackupProgress progress={progress} startingLabel={t('backup.restore.running')} cancellable={false} />}
                <ErrorAlert error={form.error} />
                <Group justify="space-between">
                  <Button variant="default" onClick={() => setStage({ at: 'source' })} disabled={form.busy}>
                    {t('backup.restore.chooseAnother')}
                  </Button>
                  <Button type="submit" loading={form.busy}>
                    {t('backup.restore.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Stack>
        )}

        {stage.at === 'done' && (
          <Stack gap="md">
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('newComputer.doneTitle')} role="status">
              {t('newComputer.doneBody', { date: formatDateTime(stage.createdAt) })}
            </Alert>
            <Group justify="flex-end">
              <Button size="md" onClick={() => void useSessionStore.getState().boot()} autoFocus>
                {t('newComputer.signIn')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </AuthFrame>
  );
}

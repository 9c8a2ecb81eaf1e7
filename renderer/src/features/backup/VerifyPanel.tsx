import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupSummaryView } from '../../../../shared/contract/channels/backup';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { BackupProgress } from './BackupProgress';
import { BackupSourceFields } from './BackupSourceFields';
import { BackupSummaryCard } from './BackupSummaryCard';
import { checkSource, EMPTY_SOURCE, sourceRefusal, toSourceInput, type SourceValues } from './source-form';
import { useBackupProgress } from './useBackupProgress';

/** Reads a whole backup file and says whether it is good, changing nothing. */
export function VerifyPanel({ onDone }: { onDone: () => void }) {
  const t = useT();
  const [values, setValues] = useState<SourceValues>(EMPTY_SOURCE);
  const [summary, setSummary] = useState<BackupSummaryView | null>(null);
  const form = useSubmission({
    onRefused: (err, view) => {
      if (err.code === 'BACKUP_WRONG_PASSPHRASE') setValues((v) => ({ ...v, passphrase: '' }));
      return sourceRefusal(t, err, view, values.method);
    },
  });
  const progress = useBackupProgress(['verify'], form.busy);

  const change = (patch: Partial<SourceValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setSummary(null);
    for (const k of Object.keys(patch)) form.clearFieldError(k);
  };

  const send = async () => {
    setSummary(null);
    const result = await call('backup.verify', toSourceInput(values));
    setValues((v) => ({ ...v, passphrase: '' }));
    setSummary(result);
    onDone();
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-verify-title">
      <form onSubmit={form.onSubmit(() => checkSource(t, values), send)} noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} size="h4" id="backup-verify-title">
              {t('backup.verify.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('backup.verify.intro')}
            </Text>
          </div>
          <BackupSourceFields values={values} onChange={change} errors={form.errors} disabled={form.busy} idPrefix="verify" />
          {form.busy && <BackupProgress progress={progress} startingLabel={t('backup.verify.running')} cancellable />}
          <ErrorAlert error={form.error} />
          {summary && !form.busy && (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="backup-verified">
              <Stack gap="sm">
                <Text fw={600}>{t('backup.verify.good')}</Text>
                <BackupSummaryCard summary={summary} />
              </Stack>
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={form.busy} variant="light">
              {t('backup.verify.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

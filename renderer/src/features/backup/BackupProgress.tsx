import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BackupProgressEvent } from '../../../../shared/domain/backup-schedule';
import { call } from '../../api/client';
import { useT } from '../../i18n/useT';
import { formatEta } from './backup-format';

interface Props {
  progress: BackupProgressEvent | null;
  /** Shown before the first event arrives. */
  startingLabel: string;
  /** Managers can stop a backup, check or restore; the first-run restore cannot (no session). */
  cancellable: boolean;
}

/**
 * The bar, what is happening in words, the time left, and Cancel. Before core has
 * measured anything the bar runs without a number rather than inventing one.
 */
export function BackupProgress({ progress, startingLabel, cancellable }: Props) {
  const t = useT();
  const [cancelling, setCancelling] = useState(false);
  const total = progress?.bytesTotal ?? null;
  const percent = progress && total ? Math.min(100, Math.round((progress.bytesDone / total) * 100)) : null;
  const phase = progress ? t(`backup.progress.phases.${progress.phase}`) : startingLabel;
  const eta =
    progress?.etaSeconds !== null && progress?.etaSeconds !== undefined
      ? t('backup.progress.eta', { time: formatEta(t, progress.etaSeconds) })
      : t('backup.progress.etaUnknown');

  const cancel = async () => {
    setCancelling(true);
    // The running call answers BACKUP_CANCELLED; that answer is what the form shows.
    await call('backup.cancel', {}).catch(() => undefined);
  };

  return (
    <Stack gap={6} data-testid="backup-progress" aria-live="polite">
      <Group justify="space-between">
        <Text fw={600}>{phase}</Text>
        <Text size="sm" c="dimmed">
          {percent !== null ? `${percent}%` : ''}
        </Text>
      </Group>
      <Progress
        value={percent ?? 100}
        animated={percent === null}
        striped={percent === null}
        size="lg"
        aria-label={t('backup.progress.label')}
        {...(percent !== null ? { 'aria-valuenow': percent } : {})}
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {eta}
        </Text>
        {cancellable && (
          <Button variant="default" color="red" size="xs" onClick={() => void cancel()} loading={cancelling}>
            {cancelling ? t('backup.progress.cancelling') : t('backup.progress.cancel')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

import { Button, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconDatabaseExport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ApiError } from '../../api/api-error';
import { errorMessage } from '../../components/error-message';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { formatAge } from '../backup/backup-format';
import { useBackupStatus } from '../backup/useBackupStatus';

/**
 * Home's answer to "when was the last good backup?": the age of the last verified one,
 * red once it is older than the manager's limit. Everyone sees it, so anyone can tell the
 * manager; only those who may make backups get the button.
 */
export function BackupStatusCard() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const canBackUp = useCan('backup.create');
  const { status } = useBackupStatus();
  if (!status) return null;
  const { stale, ageHours, lastVerifiedAt, staleAfterDays, lastScheduledRun } = status;
  const color = stale ? 'red' : 'green';
  const skipped = lastScheduledRun?.outcome === 'skipped_folder_missing' || lastScheduledRun?.outcome === 'failed';

  return (
    <Card
      withBorder
      padding="lg"
      data-testid="backup-status-card"
      data-stale={stale}
      style={{ borderLeft: `6px solid var(--mantine-color-${color}-6)` }}
      component="section"
      aria-labelledby="backup-card-title"
    >
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon color={color} variant="light" size="lg">
            {stale ? <IconAlertTriangle size={20} aria-hidden /> : <IconDatabaseExport size={20} aria-hidden />}
          </ThemeIcon>
          <Stack gap={2}>
            <Text size="sm" c="dimmed" tt="uppercase" fw={600} id="backup-card-title">
              {t('backup.status.title')}
            </Text>
            {lastVerifiedAt && ageHours !== null ? (
              <Text fw={700} size="lg" c={`${color}.8`}>
                {t('backup.status.age', { age: formatAge(t, ageHours) })}
                <Text span size="sm" c="dimmed" fw={400} ml="xs">
                  {t('backup.status.at', { date: formatDateTime(lastVerifiedAt) })}
                </Text>
              </Text>
            ) : (
              <Text fw={700} c="red.8">
                {t('backup.status.none')}
              </Text>
            )}
            {stale && lastVerifiedAt && (
              <Text size="sm" c="red.8">
                {t('backup.status.stale', { days: staleAfterDays })}
              </Text>
            )}
            {skipped && lastScheduledRun && (
              <Text size="sm" c="orange.9">
                {lastScheduledRun.outcome === 'skipped_folder_missing'
                  ? t('backup.card.skippedFolderMissing', { date: formatDateTime(lastScheduledRun.at) })
                  : t('backup.status.failed', {
                      date: formatDateTime(lastScheduledRun.at),
                      reason: errorMessage(t, new ApiError({ code: lastScheduledRun.errorCode ?? 'INTERNAL', message: '' })),
                    })}
              </Text>
            )}
            {stale && !canBackUp && (
              <Text size="sm" c="dimmed">
                {t('backup.card.askManager')}
              </Text>
            )}
          </Stack>
        </Group>
        {canBackUp && (
          <Button component={Link} to="/backup" variant={stale ? 'filled' : 'light'} color={stale ? 'red' : undefined}>
            {t('backup.card.open')}
          </Button>
        )}
      </Group>
    </Card>
  );
}

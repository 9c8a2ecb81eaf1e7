import { Alert, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock, IconLoader } from '@tabler/icons-react';
import type { BackupStatus } from '../../../../shared/domain/backup-schedule';
import { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../components/error-message';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { formatAge } from './backup-format';

/** The answer to "are we safe?" first, in colour and words; then what the schedule did. */
export function StatusPanel({ status, error }: { status: BackupStatus | null; error: ApiError | null }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  if (error) return <ErrorAlert error={error} message={t('backup.status.loadFailed')} />;
  if (!status) return null;
  const { lastBackup, lastVerifiedAt, ageHours, stale, staleAfterDays, schedule, lastScheduledRun, running } = status;
  const color = stale ? 'red' : 'green';
  const run = lastScheduledRun;

  return (
    <Paper
      withBorder
      p="lg"
      data-testid="backup-status"
      data-stale={stale}
      style={{ borderLeft: `6px solid var(--mantine-color-${color}-6)` }}
    >
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('backup.status.title')}
        </Title>
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon color={color} variant="light" size="xl" radius="xl">
            {stale ? <IconAlertTriangle aria-hidden /> : <IconCircleCheck aria-hidden />}
          </ThemeIcon>
          <div>
            {lastVerifiedAt && ageHours !== null ? (
              <>
                <Text size="xl" fw={700} c={`${color}.8`} data-testid="backup-age">
                  {t('backup.status.age', { age: formatAge(t, ageHours) })}
                </Text>
                <Text>{t('backup.status.at', { date: formatDateTime(lastVerifiedAt) })}</Text>
              </>
            ) : (
              <Text size="lg" fw={700} c="red.8" data-testid="backup-age">
                {lastBackup ? t('backup.status.noneChecked') : t('backup.status.none')}
              </Text>
            )}
            {lastVerifiedAt && (
              <Text size="sm" c={stale ? 'red.8' : 'dimmed'}>
                {stale ? t('backup.status.stale', { days: staleAfterDays }) : t('backup.status.fresh', { days: staleAfterDays })}
              </Text>
            )}
          </div>
        </Group>
        {lastBackup && !lastBackup.verified && (
          <div>
            <Text size="sm">{t('backup.status.notChecked', { name: lastBackup.fileName, date: formatDateTime(lastBackup.at) })}</Text>
            <Text size="sm" c="dimmed">
              {t('backup.status.checkIt')}
            </Text>
          </div>
        )}
        {running && (
          <Group gap="xs">
            <IconLoader size={16} aria-hidden />
            <Text size="sm">{t('backup.status.running', { date: formatDateTime(running.startedAt) })}</Text>
          </Group>
        )}
        {run?.outcome === 'skipped_folder_missing' && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="schedule-warning">
            {t('backup.status.skippedFolderMissing', { date: formatDateTime(run.at) })}
          </Alert>
        )}
        {run?.outcome === 'failed' && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="schedule-warning">
            {t('backup.status.failed', {
              date: formatDateTime(run.at),
              reason: errorMessage(t, new ApiError({ code: run.errorCode ?? 'INTERNAL', message: '' })),
            })}
          </Alert>
        )}
        {run?.outcome === 'ok' && (
          <Text size="sm" c="dimmed">
            {t('backup.status.scheduledOk', { date: formatDateTime(run.at) })}
          </Text>
        )}
        {schedule && (
          <Group gap="xs" c="dimmed">
            <IconClock size={16} aria-hidden />
            <Text size="sm">
              {schedule.enabled && schedule.nextDueAt
                ? t('backup.status.nextDue', { date: formatDateTime(schedule.nextDueAt) })
                : t('backup.status.scheduleOff')}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

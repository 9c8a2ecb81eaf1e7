import type { BackupScheduleInput } from '../../../shared/domain/backup-schedule';

/** A daily schedule to head office's key, as a manager would save it in tests of chains. */
export function dailySchedule(
  folderToken: string,
  password: string,
  recipient: string,
  over: Partial<BackupScheduleInput> = {},
): BackupScheduleInput {
  return {
    enabled: true,
    folderToken,
    password,
    intervalHours: 24,
    keepDaily: 7,
    keepWeekly: 0,
    staleAfterDays: 3,
    mode: 'recipients',
    recipients: [recipient],
    ...over,
  };
}

import type { BackupScheduleInput } from '../../../shared/domain/backup-schedule';
import type { Core } from '../core';
import { signIn, type Account, type TestClock } from './vault-fixture';

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

const DAY = 86_400_000;

/**
 * A day in a chain's life: a day later (the session has locked itself meanwhile) the manager
 * signs in again, admits `name`, and the scheduled backup runs; anything but 'ok' throws.
 */
export async function scheduledDay(
  core: Core,
  clock: TestClock,
  manager: Pick<Account, 'username' | 'password'>,
  name: string,
): Promise<void> {
  clock.advance(DAY);
  await signIn(core, manager);
  await core.call('residents.admit', { identity: { givenNames: name }, admittedOn: '2026-11-30' });
  const run = await core.call('backup.schedule.runNow', {});
  if (run.outcome !== 'ok') throw new Error(`the scheduled run ended ${run.outcome}`);
}

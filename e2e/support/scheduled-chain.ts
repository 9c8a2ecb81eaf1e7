import { expect } from '@playwright/test';
import type { Core } from '../../electron/core/core';
import { grantedToken } from '../../electron/core/grants/granted';
import { SEED_MANAGER } from '../host/seed';
import { shelterToday } from './dates';

/**
 * Scheduled backups into `folder` under a passphrase, run now: a full backup, then one run
 * per name admitted, each holding only that change (a link). The manager must be signed in.
 */
export async function runScheduledChain(
  core: Pick<Core, 'call' | 'grantPath'>,
  folder: string,
  passphrase: string,
  admit: string[],
): Promise<void> {
  await core.call('backup.schedule.set', {
    enabled: true,
    folderToken: await grantedToken(core, 'backupFolder', folder),
    password: SEED_MANAGER.password,
    intervalHours: 24,
    keepDaily: 7,
    keepWeekly: 0,
    staleAfterDays: 3,
    mode: 'passphrase',
    passphrase,
    recipients: [],
    fullEveryDays: 30,
    chainMaxPercent: 200,
  });
  expect((await core.call('backup.schedule.runNow', {})).outcome).toBe('ok');
  for (const givenNames of admit) {
    await core.call('residents.admit', { identity: { givenNames }, admittedOn: shelterToday() });
    await new Promise((r) => setTimeout(r, 1100)); // file names carry the second: the next run must not share it
    expect((await core.call('backup.schedule.runNow', {})).outcome).toBe('ok');
  }
}

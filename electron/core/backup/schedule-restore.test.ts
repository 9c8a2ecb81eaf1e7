import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { BackupScheduleInput } from '../../../shared/domain/backup-schedule';
import { buildTemplate, copyVault, openCore, signIn, TempDirs, type VaultTemplate } from '../testing/vault-fixture';
import { chosen, chosenSource } from '../testing/chosen';

/**
 * A restore replaces the whole database, and the schedule lives in it: a backup made before
 * the schedule was set up would bring back "no folder". The scheduled-backup folder is this
 * computer's (a USB stick), not the backup's, so it is kept across a restore of the same
 * vault; where it cannot be kept (another vault came in), the schedule says so.
 */
const dirs = new TempDirs();
process.env.TMPDIR = dirs.make('schedule-restore-tmp');
const PASSPHRASE = 'Restore-Lantern-Granary-77';
const SCHEDULE_PASSPHRASE = 'Schedule-Harvest-Window-31';
let live: VaultTemplate;
let other: VaultTemplate;

beforeAll(async () => {
  live = await buildTemplate(dirs, { ownPasswords: true });
  other = await buildTemplate(dirs, { ownPasswords: true });
});
afterAll(() => dirs.cleanup());

async function signedIn(t: VaultTemplate, label: string): Promise<Core> {
  const core = openCore(copyVault(t.dir, dirs, label), { scheduledBackups: false });
  await signIn(core, t.manager);
  return core;
}

async function backupOf(core: Core, label: string): Promise<string> {
  return (await core.call('backup.create', { folderToken: await chosen(core, 'backupFolder', dirs.make(label)), passphrase: PASSPHRASE }))
    .path;
}

async function scheduleInput(core: Core, t: VaultTemplate, folder: string): Promise<BackupScheduleInput> {
  return {
    enabled: true,
    folderToken: await chosen(core, 'backupFolder', folder),
    password: t.manager.password,
    intervalHours: 12,
    keepDaily: 5,
    keepWeekly: 2,
    staleAfterDays: 3,
    mode: 'passphrase',
    passphrase: SCHEDULE_PASSPHRASE,
    recipients: [],
  };
}

async function restore(core: Core, file: string, t: VaultTemplate, confirmOtherVault = false) {
  await core.call('backup.restore', {
    ...(await chosenSource(core, file)),
    passphrase: PASSPHRASE,
    trust: { method: 'account', username: t.manager.username, password: t.manager.password },
    ...(confirmOtherVault ? { confirmOtherVault: true } : {}),
  });
}

describe('the scheduled-backup folder across a restore', () => {
  it('is kept, with its passphrase and rules, when a backup of this vault made before the schedule comes back', async () => {
    const core = await signedIn(live, 'same-vault');
    const file = await backupOf(core, 'same-out');
    const stick = dirs.make('same-stick');
    await core.call('backup.schedule.set', await scheduleInput(core, live, stick));

    await restore(core, file, live);
    await signIn(core, live.manager);
    const kept = await core.call('backup.schedule.get', {});
    expect(kept).toMatchObject({
      enabled: true,
      folder: stick,
      intervalHours: 12,
      keepDaily: 5,
      mode: 'passphrase',
      passphraseSet: true,
      chooseFolderAgain: false,
    });
    // The kept schedule really runs: into the same stick, with the kept passphrase.
    const run = await core.call('backup.schedule.runNow', {});
    expect(run.outcome).toBe('ok');
    const audit = await core.call('audit.list', { limit: 10 });
    const changed = audit.find((a) => a.action === 'backup.schedule_changed');
    expect(changed?.details).toMatchObject({ keptAcrossRestore: true });
    expect(JSON.stringify(audit)).not.toContain(SCHEDULE_PASSPHRASE);
  });

  it('is not carried into another vault: the Backups page is told to choose the folder again', async () => {
    const donor = await signedIn(other, 'other-donor');
    const file = await backupOf(donor, 'other-out');
    const core = await signedIn(live, 'other-vault');
    await core.call('backup.schedule.set', await scheduleInput(core, live, dirs.make('other-stick')));

    await restore(core, file, other, true);
    await signIn(core, other.manager);
    const view = await core.call('backup.schedule.get', {});
    expect(view).toMatchObject({ folder: null, passphraseSet: false, chooseFolderAgain: true });
    // Choosing a folder again clears the note.
    const input = await scheduleInput(core, other, dirs.make('other-new-stick'));
    expect(await core.call('backup.schedule.set', input)).toMatchObject({ chooseFolderAgain: false });
  });
});

import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotFiles } from '../testing/files';
import { buildTemplate, copyVault, expectError, openCore, signIn, TempDirs, type VaultTemplate } from '../testing/vault-fixture';
import { generateIdentity } from './age';
import { chosen, chosenSource } from '../testing/chosen';

/**
 * Anyone holding the head office's public key can seal a backup that decrypts. Such a
 * file must not replace the live vault unless someone signs in to the incoming backup
 * itself: one of its active managers, or its recovery key.
 */
const dirs = new TempDirs();
let live: VaultTemplate;
let forger: VaultTemplate;
let out: string;
let headOffice: { identity: string; recipient: string; path: string };
/** A backup of the live vault, and a forged one: another vault (other manager), sealed to the same head office key. */
let genuine: string;
let forged: string;

const liveFiles = (dir: string) => snapshotFiles(dir, (name) => name.endsWith('-shm') || name === 'signin-throttle.json');

beforeAll(async () => {
  live = await buildTemplate(dirs, { staff: ['counsellor'], ownPasswords: true });
  forger = await buildTemplate(dirs, {
    manager: { username: 'intruder', fullName: 'Not Our Manager', password: 'Forged-Harbour-Night-39' },
    staff: ['counsellor'],
    ownPasswords: true,
  });
  out = dirs.make('out');
  headOffice = { ...generateIdentity(), path: join(dirs.make('keys'), 'head-office.txt') };
  writeFileSync(headOffice.path, `${headOffice.identity}\n`, { mode: 0o600 });
  for (const [t, name] of [
    [live, 'genuine.age'],
    [forger, 'forged.age'],
  ] as const) {
    const c = openCore(copyVault(t.dir, dirs));
    await signIn(c, t.manager);
    const made = await c.call('backup.create', {
      folderToken: await chosen(c, 'backupFolder', out),
      fileName: name,
      recipients: [headOffice.recipient],
      password: t.manager.password,
    });
    if (name === 'genuine.age') genuine = made.path;
    else forged = made.path;
    await c.close();
  }
});
afterAll(() => dirs.cleanup());

async function liveCore() {
  const dir = copyVault(live.dir, dirs, 'live');
  const core = openCore(dir);
  await signIn(core, live.manager);
  return { dir, core };
}

const account = (a: { username: string; password: string }) => ({ method: 'account' as const, username: a.username, password: a.password });

describe('restoring over a live vault', () => {
  it('refuses a forged backup without a sign-in into it: the live manager’s own password does not open it', async () => {
    const { dir, core } = await liveCore();
    const before = liveFiles(dir);
    const noTrust = await expectError(core, 'backup.restore', { ...(await chosenSource(core, forged, headOffice.path)) });
    expect(noTrust.code).toBe('VALIDATION');
    const e = await expectError(core, 'backup.restore', {
      ...(await chosenSource(core, forged, headOffice.path)),
      trust: account(live.manager),
      confirmOtherVault: true,
    });
    expect(e.code).toBe('BACKUP_SIGN_IN_FAILED');
    expect(liveFiles(dir)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('previous-') || n.startsWith('.restore-'))).toEqual([]);
    expect((await core.call('app.status', {})).signedIn).toBe(true);
  });

  it('refuses a non-manager account of the incoming backup', async () => {
    const { dir, core } = await liveCore();
    const before = liveFiles(dir);
    const e = await expectError(core, 'backup.restore', {
      ...(await chosenSource(core, forged, headOffice.path)),
      trust: account(forger.staff.counsellor!),
      confirmOtherVault: true,
    });
    expect(e.code).toBe('BACKUP_SIGN_IN_NOT_MANAGER');
    expect(liveFiles(dir)).toEqual(before);
  });

  it('says the backup is of another vault, refuses until confirmed, then restores with the incoming manager', async () => {
    const { dir, core } = await liveCore();
    const preview = await core.call('backup.preview', { ...(await chosenSource(core, forged, headOffice.path)) });
    expect(preview.sameVault).toBe(false);
    expect(preview.warnDifferentOrigin).toBe(true);
    const before = liveFiles(dir);
    const unconfirmed = await expectError(core, 'backup.restore', {
      ...(await chosenSource(core, forged, headOffice.path)),
      trust: account(forger.manager),
    });
    expect(unconfirmed.code).toBe('BACKUP_OTHER_VAULT');
    expect(unconfirmed.fields?.[0]?.path).toBe('confirmOtherVault');
    expect(liveFiles(dir)).toEqual(before);
    const r = await core.call('backup.restore', {
      ...(await chosenSource(core, forged, headOffice.path)),
      trust: account(forger.manager),
      confirmOtherVault: true,
    });
    expect(r.previousFolder).toMatch(/^previous-/);
    await signIn(core, forger.manager);
    const restored = (await core.call('audit.list', { limit: 20 })).find((a) => a.action === 'backup.restored');
    expect(restored?.actorId).toBe(forger.manager.id);
  });

  it('restores a backup of this same vault with one of its managers, no confirmation needed', async () => {
    const { core } = await liveCore();
    const preview = await core.call('backup.preview', { ...(await chosenSource(core, genuine, headOffice.path)) });
    expect(preview.sameVault).toBe(true);
    expect(preview.warnDifferentOrigin).toBe(false);
    const r = await core.call('backup.restore', { ...(await chosenSource(core, genuine, headOffice.path)), trust: account(live.manager) });
    expect(r.summary.vaultId).toBe(preview.summary.vaultId);
  });
});

describe('restoring on a new computer', () => {
  it('proves the file before anything is written: wrong credentials leave the folder empty', async () => {
    const fresh = join(dirs.make('laptop'), 'vault');
    const core = openCore(fresh);
    const e = await expectError(core, 'backup.restoreNew', {
      ...(await chosenSource(core, forged, headOffice.path)),
      trust: { method: 'recoveryKey', recoveryKey: live.recoveryKey },
    });
    expect(e.code).toBe('BACKUP_SIGN_IN_FAILED');
    expect(readdirSync(fresh).filter((n) => n !== 'signin-throttle.json')).toEqual([]);
    expect((await core.call('app.status', {})).vault).toBe('none');
  });

  it('accepts the incoming backup’s recovery key', async () => {
    const core = openCore(join(dirs.make('laptop'), 'vault'));
    await core.call('backup.restoreNew', {
      ...(await chosenSource(core, genuine, headOffice.path)),
      trust: { method: 'recoveryKey', recoveryKey: live.recoveryKey },
    });
    await signIn(core, live.manager);
    expect((await core.call('audit.list', { limit: 20 })).find((a) => a.action === 'backup.restored')?.details).toMatchObject({
      provenBy: 'recoveryKey',
    });
  });
});

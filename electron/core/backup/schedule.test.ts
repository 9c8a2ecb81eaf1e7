import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../core';
import type { BackupProgressEvent, BackupScheduleInput } from '../../../shared/domain/backup-schedule';
import { encodings, fileSize, findInFiles, flipByte, listFiles, snapshotFiles } from '../testing/files';
import { buildTemplate, copyVault, expectError, openCore, signIn, TempDirs, TestClock, type VaultTemplate } from '../testing/vault-fixture';
import { generateIdentity, parseIdentityFile } from './age';
import { verifyBackup } from './verify';
import { parseScheduledName } from './rotation';
import { RETRY_AFTER_MS, runScheduledBackup } from './scheduled';
import { addFiller } from '../testing/filler';
import { chosen, chosenSource } from '../testing/chosen';
import { settingsRepo } from '../repositories/settings';

/**
 * Verify and restore unpack into the system temp folder: point it at a folder of this
 * suite (its own process: vitest runs each file in a fork) so the canary sweep sees
 * every temporary file too.
 */
const dirs = new TempDirs();
const TEMP = dirs.make('backup-tmp');
process.env.TMPDIR = TEMP;

const HOUR = 3_600_000;
const CANARY = 'Canary-Mukamana-4K9Z';
const PASSPHRASE = 'Schedule-Granary-Lantern-58';
let template: VaultTemplate;
const headOffice = generateIdentity();

beforeAll(async () => {
  template = await buildTemplate(dirs, {
    staff: ['counsellor'],
    staffNames: { counsellor: `${CANARY} Counsellor` },
    ownPasswords: true,
  });
});
afterAll(() => dirs.cleanup());

/** A signed-in copy of the template with a canary draft and `fillerMiB` of random pages (several read chunks). */
async function vault(label: string, fillerMiB = 0, clock = new TestClock()) {
  const dir = copyVault(template.dir, dirs, label);
  const core = openCore(dir, { now: clock.now, scheduledBackups: false });
  await signIn(core, template.manager);
  await core.call('drafts.save', { formKey: 'resident.admit', data: { note: `${CANARY} typed note` } });
  if (fillerMiB > 0) {
    const sqlite = core.state.session!.sqlite;
    addFiller(sqlite, core.state.session!.user.id, fillerMiB);
  }
  const dataKeyHex = core.state.session!.withDataKey((k) => k.toString('hex'));
  return { dir, core, clock, dataKeyHex };
}

/** The settings a manager saves: a folder chosen in a dialog (its token), and the password typed again. */
async function schedule(core: Core, folder: string | null, over: Partial<BackupScheduleInput> = {}): Promise<BackupScheduleInput> {
  return {
    enabled: true,
    ...(folder !== null ? { folderToken: await chosen(core, 'backupFolder', folder) } : {}),
    password: template.manager.password,
    intervalHours: 24,
    keepDaily: 7,
    keepWeekly: 4,
    staleAfterDays: 3,
    mode: 'recipients',
    recipients: [headOffice.recipient],
    ...over,
  };
}

function progressOf(core: Core): BackupProgressEvent[] {
  const seen: BackupProgressEvent[] = [];
  core.events.on('backup.progress', (e) => seen.push(e));
  return seen;
}

async function actions(core: Core): Promise<string[]> {
  return (await core.call('audit.list', { limit: 50 })).map((a) => a.action);
}

describe('schedule settings', () => {
  it('are checked next to the fields, kept inside the database, and never hand back the passphrase', async () => {
    const { core } = await vault('settings');
    const folder = dirs.make('stick-settings');
    const none = await core.call('backup.schedule.get', {});
    expect(none).toMatchObject({ enabled: false, folder: null, intervalHours: 24, passphraseSet: false, nextDueAt: null });
    expect((await core.call('backup.status', {})).schedule).toBeNull();

    expect((await expectError(core, 'backup.schedule.set', await schedule(core, null))).fields?.map((f) => f.path)).toEqual([
      'folderToken',
    ]);
    expect(
      (await expectError(core, 'backup.schedule.set', await schedule(core, folder, { recipients: [] }))).fields?.map((f) => f.path),
    ).toEqual(['recipients']);
    expect((await expectError(core, 'backup.schedule.set', await schedule(core, folder, { intervalHours: 2 }))).fields?.[0]?.path).toBe(
      'intervalHours',
    );
    expect((await expectError(core, 'backup.schedule.set', await schedule(core, folder, { mode: 'passphrase' }))).fields?.[0]?.path).toBe(
      'passphrase',
    );
    expect(
      (await expectError(core, 'backup.schedule.set', await schedule(core, folder, { mode: 'passphrase', passphrase: 'short' }))).code,
    ).toBe('WEAK_PASSWORD');
    expect((await expectError(core, 'backup.schedule.set', await schedule(core, core.state.vault.paths.dir))).code).toBe(
      'BACKUP_LOCATION_INVALID',
    );

    const saved = await core.call('backup.schedule.set', await schedule(core, folder, { mode: 'passphrase', passphrase: PASSPHRASE }));
    expect(saved).toMatchObject({ enabled: true, folder, mode: 'passphrase', passphraseSet: true });
    expect(JSON.stringify(saved)).not.toContain(PASSPHRASE);
    // Saving again without a passphrase keeps the stored one.
    expect(await core.call('backup.schedule.set', await schedule(core, folder, { mode: 'passphrase', keepDaily: 3 }))).toMatchObject({
      passphraseSet: true,
      keepDaily: 3,
    });
    expect(JSON.stringify(await core.call('settings.get', {}))).not.toContain('backup');
    const audit = await core.call('audit.list', { limit: 5 });
    expect(audit[0]!.action).toBe('backup.schedule_changed');
    expect(JSON.stringify(audit)).not.toContain(PASSPHRASE);
  });
});

describe('scheduled runs', () => {
  it('write, verify and rotate when due; nothing before; the head office key opens every file', async () => {
    const clock = new TestClock(Date.parse('2026-11-02T01:00:00Z'));
    const { core } = await vault('scheduled', 0, clock);
    const folder = dirs.make('stick-scheduled');
    writeFileSync(join(folder, 'amizero-KGL-20261001-020000.age'), 'age-encryption.org/v1\n'); // a manual one: never rotated
    // Full backups every run (chains of links are covered in chain/scheduled-chain.test.ts).
    await core.call('backup.schedule.set', await schedule(core, folder, { keepDaily: 3, keepWeekly: 3, fullEveryDays: 0 }));

    const first = await runScheduledBackup(core.state);
    expect(first).toMatchObject({ outcome: 'ok', rotatedOut: 0 });
    expect(await runScheduledBackup(core.state)).toBeNull();
    clock.advance(23 * HOUR);
    expect(await runScheduledBackup(core.state)).toBeNull();
    for (let day = 0; day < 20; day++) {
      clock.advance(24 * HOUR);
      expect((await runScheduledBackup(core.state))?.outcome).toBe('ok');
    }
    const scheduled = readdirSync(folder).filter((n) => parseScheduledName(n, 'KGL'));
    // Runs from Nov 4 to Mon Nov 23: the 23rd, 22nd and 21st (daily; they cover weeks 48 and 47) + the 15th (week 46).
    expect(scheduled.map((n) => parseScheduledName(n, 'KGL')!.toISOString().slice(0, 10)).sort()).toEqual([
      '2026-11-15',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ]);
    expect(readdirSync(folder)).toContain('amizero-KGL-20261001-020000.age');
    await signIn(core, template.manager); // twenty simulated days without a click locked it
    expect(readdirSync(folder).filter((n) => n.startsWith('.'))).toEqual([]);
    for (const n of scheduled) {
      const summary = await verifyBackup(join(folder, n), { identities: parseIdentityFile(headOffice.identity) });
      expect(summary.siteCode).toBe('KGL');
    }
    const status = await core.call('backup.status', {});
    expect(status.lastBackup).toMatchObject({ folder, verified: true, scheduled: true });
    expect(status.lastVerifiedAt).toBe(new Date(clock.t).toISOString());
    expect(status).toMatchObject({ stale: false, ageHours: 0, lastScheduledRun: { outcome: 'ok' } });
    expect(Date.parse(status.schedule!.nextDueAt!)).toBe(clock.t + 24 * HOUR);
    const acts = await actions(core);
    expect(acts.filter((a) => a === 'backup.created').length).toBeGreaterThanOrEqual(21);
  });

  it('with a stored passphrase: the file opens with that passphrase', async () => {
    const { core } = await vault('scheduled-pass');
    const folder = dirs.make('stick-pass');
    await core.call('backup.schedule.set', await schedule(core, folder, { mode: 'passphrase', passphrase: PASSPHRASE, recipients: [] }));
    const run = await core.call('backup.schedule.runNow', {});
    expect(run.outcome).toBe('ok');
    const [file] = readdirSync(folder);
    expect((await verifyBackup(join(folder, file!), { passphrase: PASSPHRASE })).counts.drafts).toBe(1);
  });

  it('keeps no private age key on the laptop: sealed to the head office only, read back with the run’s own file key', async () => {
    const { core } = await vault('no-private-key');
    // A vault from an earlier version still holds the identity it used to read files back.
    const old = generateIdentity();
    await settingsRepo.put(core.state.session!.db, 'backup.verifyIdentity', old, new Date().toISOString(), null);
    const folder = dirs.make('stick-nokey');
    await core.call('backup.schedule.set', await schedule(core, folder));
    expect((await core.call('backup.schedule.runNow', {})).outcome).toBe('ok');
    const [file] = readdirSync(folder);
    const header = readFileSync(join(folder, file!)).subarray(0, 2048).toString('latin1');
    // Exactly one recipient stanza: the head office's.
    expect(header.match(/^-> X25519 /gm)?.length).toBe(1);
    expect((await verifyBackup(join(folder, file!), { identities: parseIdentityFile(headOffice.identity) })).counts.drafts).toBe(1);
    await expect(verifyBackup(join(folder, file!), { identities: parseIdentityFile(old.identity) })).rejects.toMatchObject({
      code: 'BACKUP_WRONG_KEY',
    });
    const settings = await settingsRepo.all(core.state.session!.db);
    expect(Object.keys(settings).filter((k) => k.toLowerCase().includes('identity'))).toEqual([]);
    expect(JSON.stringify(settings)).not.toMatch(/AGE-SECRET-KEY-/);
  });

  it('a missing folder (USB stick not plugged in) is skipped with a warning, retried half an hour later', async () => {
    const clock = new TestClock(Date.parse('2026-11-02T01:00:00Z'));
    const { core } = await vault('missing', 0, clock);
    const parent = dirs.make('usb-missing');
    const stick = join(parent, 'STICK');
    mkdirSync(stick);
    await core.call('backup.schedule.set', await schedule(core, stick));
    rmSync(stick, { recursive: true });

    expect(await runScheduledBackup(core.state)).toMatchObject({ outcome: 'skipped_folder_missing', errorCode: 'BACKUP_FOLDER_MISSING' });
    expect(await runScheduledBackup(core.state)).toBeNull();
    const status = await core.call('backup.status', {});
    expect(status).toMatchObject({ stale: true, lastVerifiedAt: null, lastScheduledRun: { outcome: 'skipped_folder_missing' } });
    expect(status.schedule!.nextDueAt).toBe(new Date(clock.t + RETRY_AFTER_MS).toISOString());
    expect((await actions(core))[0]).toBe('backup.scheduled_skipped');
    // "Back up now" reports the same instead of failing.
    expect((await core.call('backup.schedule.runNow', {})).outcome).toBe('skipped_folder_missing');
  });

  it('the stick pulled out mid-write: skipped, nothing left on it or anywhere', async () => {
    const { core, dir } = await vault('pulled', 4);
    const parent = dirs.make('usb-pulled');
    const stick = join(parent, 'STICK');
    mkdirSync(stick);
    await core.call('backup.schedule.set', await schedule(core, stick));
    const before = snapshotFiles(dir, (n) => n.endsWith('-shm') || n === 'signin-throttle.json' || n.startsWith('amizero.db'));
    const off = core.events.on('backup.progress', (e) => {
      if (e.phase === 'encrypt' && e.bytesDone > 0) rmSync(stick, { recursive: true, force: true });
    });
    const run = await runScheduledBackup(core.state, { force: true });
    off();
    expect(run).toMatchObject({ outcome: 'skipped_folder_missing', errorCode: 'BACKUP_FOLDER_MISSING' });
    expect(existsSync(stick)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
    expect(readdirSync(dir).filter((n) => n.startsWith('.backup-snapshot-'))).toEqual([]);
    expect(readdirSync(TEMP).filter((n) => n.startsWith('amizero-verify-'))).toEqual([]);
    // The keyring and other vault files are as they were; the database was only read.
    expect(snapshotFiles(dir, (n) => n.endsWith('-shm') || n === 'signin-throttle.json' || n.startsWith('amizero.db'))).toEqual(before);
    expect((await core.call('backup.status', {})).lastBackup).toBeNull();
  });

  it('a written file that fails verification is removed and the run is marked failed', async () => {
    // Large enough that the end is still unread when the first 4 MiB piece has been checked.
    const { core } = await vault('badverify', 16);
    const folder = dirs.make('stick-badverify');
    await core.call('backup.schedule.set', await schedule(core, folder));
    // Damage the end of the file while it is being read back (its first chunk is in, the last not yet).
    const off = core.events.on('backup.progress', (e) => {
      if (e.phase !== 'verify') return;
      const [name] = readdirSync(folder);
      if (name) flipByte(join(folder, name), fileSize(join(folder, name)) - 100);
      off();
    });
    const run = await runScheduledBackup(core.state, { force: true });
    expect(run).toMatchObject({ outcome: 'failed', errorCode: 'BACKUP_DAMAGED' });
    expect(readdirSync(folder)).toEqual([]);
    const status = await core.call('backup.status', {});
    expect(status.lastBackup).toBeNull();
    expect(status.lastScheduledRun).toMatchObject({ outcome: 'failed', errorCode: 'BACKUP_DAMAGED' });
    expect((await actions(core))[0]).toBe('backup.scheduled_failed');
  });

  it('canary sweep of every file written, at every step, temporary files included', async () => {
    const { core, dir, dataKeyHex } = await vault('canary', 3);
    const folder = dirs.make('stick-canary');
    await core.call('backup.schedule.set', await schedule(core, folder));
    const needles = [
      ...encodings(CANARY).map((n) => ({ ...n, label: `canary:${n.label}` })),
      ...encodings(dataKeyHex).map((n) => ({ ...n, label: `key-hex:${n.label}` })),
      { label: 'key-raw', bytes: Buffer.from(dataKeyHex, 'hex') },
      { label: 'sqlite-plain', bytes: Buffer.from('SQLite format 3\0', 'latin1') },
    ];
    const hits: unknown[] = [];
    const sawFiles = new Set<string>();
    const sweep = (when: string) => {
      for (const d of [folder, TEMP, dir]) {
        for (const f of listFiles(d)) sawFiles.add(`${when}:${f.replace(/[0-9a-f]{12,}/g, '*')}`);
        hits.push(...findInFiles(d, needles).map((h) => ({ ...h, when })));
      }
    };
    const off = core.events.on('backup.progress', (e) => sweep(e.phase));
    expect((await runScheduledBackup(core.state, { force: true }))?.outcome).toBe('ok');
    off();
    sweep('after');
    expect(hits).toEqual([]);
    // The sweep really looked at the half-written file and at the unpacked copy being verified.
    expect([...sawFiles].some((f) => f.startsWith('encrypt:') && f.includes('.partial-'))).toBe(true);
    expect([...sawFiles].some((f) => f.startsWith('verify:') && f.includes('amizero-verify-'))).toBe(true);
    expect(readdirSync(TEMP).filter((n) => n.startsWith('amizero-verify-'))).toEqual([]);
  });
});

describe('the dashboard status', () => {
  it('every role sees the age and the warning; only managers see files and folders', async () => {
    const clock = new TestClock(Date.parse('2026-11-02T01:00:00Z'));
    const { core } = await vault('status', 0, clock);
    const folder = dirs.make('stick-status');
    await core.call('backup.schedule.set', await schedule(core, folder, { staleAfterDays: 2 }));
    await core.call('backup.schedule.runNow', {});
    clock.advance(47 * HOUR);
    await signIn(core, template.manager); // the clock jump locked it for inactivity
    const fresh = await core.call('backup.status', {});
    expect(fresh).toMatchObject({ details: true, stale: false, ageHours: 47, staleAfterDays: 2 });
    expect(fresh.lastBackup?.folder).toBe(folder);
    clock.advance(2 * HOUR);
    await signIn(core, template.manager);
    expect(await core.call('backup.status', {})).toMatchObject({ stale: true, ageHours: 49 });

    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, template.staff.counsellor!);
    const theirs = await core.call('backup.status', {});
    expect(theirs).toMatchObject({ details: false, lastBackup: null, schedule: null, stale: true, ageHours: 49 });
    expect(JSON.stringify(theirs)).not.toContain(folder);
    for (const ch of ['backup.schedule.get', 'backup.schedule.runNow', 'backup.cancel'] as const)
      expect((await expectError(core, ch, {})).code).toBe('PERMISSION_DENIED');
  });

  it('a manual backup counts once it has been verified', async () => {
    const { core } = await vault('manual-status');
    const out = dirs.make('manual-out');
    const made = await core.call('backup.create', {
      folderToken: await chosen(core, 'backupFolder', out),
      recipients: [headOffice.recipient],
      password: template.manager.password,
    });
    let status = await core.call('backup.status', {});
    expect(status).toMatchObject({ lastBackup: { fileName: made.fileName, verified: false, scheduled: false }, lastVerifiedAt: null });
    const keyPath = join(dirs.make('keyfile'), 'key.txt');
    writeFileSync(keyPath, headOffice.identity + '\n', { mode: 0o600 });
    await core.call('backup.verify', { ...(await chosenSource(core, made.path, keyPath)) });
    status = await core.call('backup.status', {});
    expect(status).toMatchObject({ lastBackup: { verified: true }, lastVerifiedAt: made.summary.createdAt, stale: false });
  });
});

describe('progress and cancel', () => {
  it('progress: snapshot, encrypt up to 100 %, then done', async () => {
    const { core } = await vault('progress', 3);
    const seen = progressOf(core);
    await core.call('backup.create', {
      folderToken: await chosen(core, 'backupFolder', dirs.make('progress-out')),
      recipients: [headOffice.recipient],
      password: template.manager.password,
    });
    expect(seen[0]).toMatchObject({ operation: 'create', phase: 'snapshot', bytesTotal: null });
    const enc = seen.filter((e) => e.phase === 'encrypt');
    expect(enc.length).toBeGreaterThan(0);
    expect(enc.at(-1)!.bytesDone).toBe(enc.at(-1)!.bytesTotal);
    expect(enc.every((e, i) => i === 0 || e.bytesDone >= enc[i - 1]!.bytesDone)).toBe(true);
    expect(seen.at(-1)!.phase).toBe('done');

    // Verifying: the file's bytes as they are read, then checking without a byte count, then done.
    seen.length = 0;
    const keyPath = join(dirs.make('progress-key'), 'key.txt');
    writeFileSync(keyPath, headOffice.identity + '\n', { mode: 0o600 });
    const made = await core.call('backup.create', {
      folderToken: await chosen(core, 'backupFolder', dirs.make('progress-out2')),
      recipients: [headOffice.recipient],
      password: template.manager.password,
    });
    seen.length = 0;
    await core.call('backup.verify', { ...(await chosenSource(core, made.path, keyPath)) });
    expect(seen.every((e) => e.operation === 'verify')).toBe(true);
    expect(seen.find((e) => e.phase === 'verify' && e.bytesTotal !== null)?.bytesTotal).toBe(made.fileBytes);
    expect(seen.slice(-2).map((e) => [e.phase, e.bytesTotal])).toEqual([
      ['verify', null],
      ['done', null],
    ]);
  });

  it('backup.cancel skips the queue, stops a running backup, and leaves no file and no temp file', async () => {
    const { core, dir } = await vault('cancel', 6);
    const dest = dirs.make('cancel-out');
    const order: string[] = [];
    let cancel: Promise<unknown> | null = null;
    const off = core.events.on('backup.progress', (e) => {
      if (e.phase === 'encrypt' && e.bytesDone > 0 && !cancel)
        cancel = core.dispatch('backup.cancel', {}).then((r) => {
          order.push('cancel answered');
          return r;
        });
    });
    const create = core
      .dispatch('backup.create', {
        folderToken: await chosen(core, 'backupFolder', dest),
        recipients: [headOffice.recipient],
        password: template.manager.password,
      })
      .then((r) => {
        order.push('create answered');
        return r;
      });
    const queuedBehind = core.dispatch('settings.get', {}).then(() => order.push('queued call answered'));
    const r = await create;
    off();
    await queuedBehind;
    expect(await cancel).toEqual({ ok: true, data: { cancelled: true } });
    // A queued cancel would have answered only after the backup it was meant to stop.
    expect(order).toEqual(['cancel answered', 'create answered', 'queued call answered']);
    expect(r).toMatchObject({ ok: false, error: { code: 'BACKUP_CANCELLED' } });
    expect(readdirSync(dest)).toEqual([]);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(await core.call('backup.cancel', {})).toEqual({ cancelled: false });
    expect((await actions(core)).slice(0, 1)).toEqual(['backup.cancelled']);
    expect((await core.call('backup.status', {})).running).toBeNull();
  });

  it('a cancelled restore leaves the live vault exactly as it was and the session open', async () => {
    const { core, dir } = await vault('cancel-restore', 4);
    const file = (
      await core.call('backup.create', { folderToken: await chosen(core, 'backupFolder', dirs.make('cr-out')), passphrase: PASSPHRASE })
    ).path;
    core.state.session!.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const ignore = (n: string) => n.endsWith('-shm') || n === 'signin-throttle.json';
    const before = snapshotFiles(dir, ignore);
    const off = core.events.on('backup.progress', (e) => {
      if (e.phase === 'stage') void core.dispatch('backup.cancel', {});
    });
    const r = await core.dispatch('backup.restore', {
      ...(await chosenSource(core, file)),
      passphrase: PASSPHRASE,
      trust: { method: 'account', username: template.manager.username, password: template.manager.password },
    });
    off();
    expect(r).toMatchObject({ ok: false, error: { code: 'BACKUP_CANCELLED' } });
    expect(core.state.session).not.toBeNull();
    expect(readdirSync(dir).filter((n) => n.startsWith('.') || n.startsWith('previous-'))).toEqual([]);
    core.state.session!.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // The audit entry for the cancel is the only change.
    const after = snapshotFiles(dir, ignore);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after['keyring.json']).toBe(before['keyring.json']);
    expect((await actions(core))[0]).toBe('backup.cancelled');
    expect((await core.call('users.list', {})).length).toBe(2);
  });

  it('locking (OS lock, suspend) stops a running backup instead of waiting for it', async () => {
    const { core } = await vault('lock-cancels', 6);
    const dest = dirs.make('lock-out');
    let lockP: Promise<void> | null = null;
    const off = core.events.on('backup.progress', (e) => {
      if (e.phase === 'encrypt' && e.bytesDone > 0 && !lockP) lockP = core.lock('os');
    });
    const r = await core.dispatch('backup.create', {
      folderToken: await chosen(core, 'backupFolder', dest),
      recipients: [headOffice.recipient],
      password: template.manager.password,
    });
    off();
    await lockP;
    expect(r).toMatchObject({ ok: false, error: { code: 'BACKUP_CANCELLED' } });
    expect(core.state.session).toBeNull();
    expect(readdirSync(dest)).toEqual([]);
  });

  it('a second backup while one runs is refused as busy', async () => {
    const { core } = await vault('busy', 4);
    let second: Promise<unknown> | null = null;
    const off = core.events.on('backup.progress', (e) => {
      if (e.phase === 'encrypt' && !second)
        second = runScheduledBackup(core.state, { force: true }).catch((err: unknown) => (err as { code: string }).code);
    });
    await core.call('backup.schedule.set', await schedule(core, dirs.make('busy-stick')));
    await core.call('backup.create', {
      folderToken: await chosen(core, 'backupFolder', dirs.make('busy-out')),
      recipients: [headOffice.recipient],
      password: template.manager.password,
    });
    off();
    expect(await second).toMatchObject({ outcome: 'failed', errorCode: 'BACKUP_BUSY' });
  });
});

describe('the scheduler in core', () => {
  it('runs a due backup after sign-in, through the queue, and stops on lock', async () => {
    const dir = copyVault(template.dir, dirs, 'scheduler');
    const setup = openCore(dir, { scheduledBackups: false });
    await signIn(setup, template.manager);
    const folder = dirs.make('stick-scheduler');
    await setup.call('backup.schedule.set', await schedule(setup, folder));
    await setup.close();

    const core = openCore(dir, { scheduledBackups: { afterSignInMs: 10, everyMs: 60_000 } });
    await signIn(core, template.manager);
    await vi.waitFor(async () => expect((await core.call('backup.status', {})).lastScheduledRun?.outcome).toBe('ok'), {
      timeout: 20_000,
      interval: 50,
    });
    expect(readdirSync(folder).filter((n) => parseScheduledName(n, 'KGL'))).toHaveLength(1);
    await core.call('auth.lock', { reason: 'manual' });
    expect(core.scheduler?.tick()).toBeInstanceOf(Promise);
    await core.scheduler!.tick();
    expect(readdirSync(folder)).toHaveLength(1);
  });
});

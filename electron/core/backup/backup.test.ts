import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { ERROR_CODES } from '../../../shared/errors';
import { encodings, findInFiles, snapshotFiles } from '../testing/files';
import { buildTemplate, copyVault, expectError, openCore, signIn, TempDirs, type VaultTemplate } from '../testing/vault-fixture';
import { ageEncryptor, generateIdentity, parseIdentityFile } from './age';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MEMBER } from './manifest';
import { END_OF_ARCHIVE, padding, tarHeader } from './tar';
import { unpackBackup, checkUnpacked } from './unpack';
import { verifyBackup } from './verify';
import { createBackup } from './create';
import { createBackupForSession } from './service';
import { recoverInterruptedSwap } from './restore';
import { takeSnapshot } from './snapshot';
import { toBackupError } from './errors';
import { MIGRATION_NAMES } from '../../../migrations';
import { openEncryptedDatabase } from '../db/open';
import { createKysely } from '../db/kysely';
import { migrateTo } from '../testing/migration-harness';
import { en } from '../../../shared/i18n/locales/en';
import { requireAgeCli, runAge } from './testing/age-tools';
import { runUntilKilled } from '../testing/kill-child';
import { addFiller } from '../testing/filler';
import { chosen, chosenSource } from '../testing/chosen';

const PASSPHRASE = 'Backup-Umbrella-Harvest-62';
const CANARY = 'Canary-Uwimana-7Q3X';
const DRAFT = { formKey: 'resident.admit', data: { note: `${CANARY} draft text` } };
const KILL_CHILD = fileURLToPath(new URL('./testing/kill-backup-child.ts', import.meta.url));

/** Remembers every folder the suite made, for the canary sweep. */
class SweptDirs extends TempDirs {
  readonly all: string[] = [];
  override make(label: string): string {
    const dir = super.make(label);
    this.all.push(dir);
    return dir;
  }
}
const dirs = new SweptDirs();
let template: VaultTemplate;
/** A signed-in copy of the template holding canary data; backups are made from it. */
let source: { dir: string; core: Core; dataKeyHex: string };
let out: string;
let key: { identity: string; recipient: string; path: string };
let passFile: string;
let keyFile: string;

beforeAll(async () => {
  requireAgeCli();
  template = await buildTemplate(dirs, { staff: ['counsellor'], staffNames: { counsellor: `${CANARY} Counsellor` } });
  const dir = copyVault(template.dir, dirs, 'source');
  const core = openCore(dir);
  await signIn(core, template.manager);
  await core.call('drafts.save', DRAFT);
  source = { dir, core, dataKeyHex: core.state.session!.withDataKey((k) => k.toString('hex')) };
  out = dirs.make('out');
  const keys = dirs.make('keys');
  key = { ...generateIdentity(), path: join(keys, 'head-office.txt') };
  writeFileSync(key.path, `${key.identity}\n`, { mode: 0o600 });
  passFile = (
    await core.call('backup.create', { folderToken: await chosen(core, 'backupFolder', out), fileName: 'pass.age', passphrase: PASSPHRASE })
  ).path;
  keyFile = (
    await core.call('backup.create', {
      folderToken: await chosen(core, 'backupFolder', out),
      fileName: 'key.age',
      recipients: [key.recipient],
      password: template.manager.password,
    })
  ).path;
});
afterAll(() => dirs.cleanup());

/** Restoring needs a sign-in to the incoming backup: its manager's account. */
const trustOf = (t: VaultTemplate) => ({ method: 'account' as const, username: t.manager.username, password: t.manager.password });

function liveFiles(dir: string): Record<string, string> {
  // SQLite updates read marks in -shm on every read; the data lives in the others.
  return snapshotFiles(dir, (name) => name.endsWith('-shm') || name === 'signin-throttle.json');
}

describe('creating a backup', () => {
  it('writes only the final file, owner-only, and leaves no temporary files', () => {
    expect(readdirSync(out).sort()).toEqual(['key.age', 'pass.age']);
    expect(readdirSync(source.dir).filter((n) => n.startsWith('.'))).toEqual([]);
    for (const f of [passFile, keyFile]) expect(readFileSync(f).subarray(0, 22).toString('latin1')).toBe('age-encryption.org/v1\n');
  });

  it('is a tar stream a head office opens with age and sqlcipher alone', () => {
    const tar = runAge(['-d', '-i', key.path], readFileSync(keyFile));
    const names = [0, 1, 2, 3].map(() => '');
    let off = 0;
    let dbSha = '';
    for (let i = 0; i < 4; i++) {
      names[i] = tar.toString('latin1', off, off + 100).replace(/\0.*$/s, '');
      const size = parseInt(tar.toString('latin1', off + 124, off + 136), 8);
      if (i === 0) {
        const manifest = JSON.parse(tar.toString('utf8', off + 512, off + 512 + size)) as {
          dataKeyHex: string;
          format: string;
          compression: string;
          auditHead: { count: number; hash: string };
          counts: Record<string, number>;
          holdings: { residents: number; categories: { category: string; residents: number }[] };
        };
        expect(manifest.format).toBe(BACKUP_FORMAT);
        expect(manifest.compression).toBe('none');
        expect(manifest.dataKeyHex).toBe(source.dataKeyHex);
        // The audit chain's head travels off the laptop with every backup.
        expect(manifest.auditHead.count).toBeGreaterThan(0);
        expect(manifest.auditHead.hash).toMatch(/^[0-9a-f]{64}$/);
        // What it holds, counted without naming anyone, for a breach report if the file is lost.
        expect(manifest.holdings.residents).toBe(manifest.counts.residents);
        expect(Array.isArray(manifest.holdings.categories)).toBe(true);
      }
      if (i === 2) {
        const ho = dirs.make('head-office');
        const dbPath = join(ho, 'amizero.db');
        writeFileSync(dbPath, tar.subarray(off + 512, off + 512 + size));
        // The documented recipe: no Amizero code involved.
        const db = new Database(dbPath, { readonly: true });
        db.pragma(`cipher='sqlcipher'`);
        db.pragma('legacy=4');
        db.pragma(`key="x'${source.dataKeyHex}'"`);
        expect(db.prepare('SELECT name FROM organisation').pluck().get()).toBe(template.organisationName);
        db.close();
        dbSha = createHash('sha256')
          .update(tar.subarray(off + 512, off + 512 + size))
          .digest('hex');
      }
      if (i === 3) {
        // Format 2: the database's checksum follows it, so the database is read once.
        const trailer = JSON.parse(tar.toString('utf8', off + 512, off + 512 + size)) as { members: { name: string; sha256: string }[] };
        expect(trailer.members).toEqual([expect.objectContaining({ name: MEMBER.db, sha256: dbSha })]);
      }
      off += 512 + size + padding(size).length;
    }
    expect(names).toEqual([MEMBER.manifest, MEMBER.keyring, MEMBER.db, MEMBER.checksums]);
    expect(tar.subarray(off).every((b) => b === 0)).toBe(true);
  });

  it('refuses bad destinations, names and protection', async () => {
    const c = source.core;
    expect(
      (await expectError(c, 'backup.create', { folderToken: await chosen(c, 'backupFolder', 'relative/dir'), passphrase: PASSPHRASE }))
        .code,
    ).toBe('BACKUP_LOCATION_INVALID');
    expect(
      (
        await expectError(c, 'backup.create', {
          folderToken: await chosen(c, 'backupFolder', join(out, 'missing')),
          passphrase: PASSPHRASE,
        })
      ).code,
    ).toBe('BACKUP_LOCATION_INVALID');
    expect(
      (await expectError(c, 'backup.create', { folderToken: await chosen(c, 'backupFolder', source.dir), passphrase: PASSPHRASE })).code,
    ).toBe('BACKUP_LOCATION_INVALID');
    expect(
      (
        await expectError(c, 'backup.create', {
          folderToken: await chosen(c, 'backupFolder', out),
          fileName: 'pass.age',
          passphrase: PASSPHRASE,
        })
      ).code,
    ).toBe('BACKUP_LOCATION_INVALID');
    expect(
      (
        await expectError(c, 'backup.create', {
          folderToken: await chosen(c, 'backupFolder', out),
          fileName: '../x.age',
          passphrase: PASSPHRASE,
        })
      ).code,
    ).toBe('BACKUP_LOCATION_INVALID');
    expect((await expectError(c, 'backup.create', { folderToken: await chosen(c, 'backupFolder', out), passphrase: 'short' })).code).toBe(
      'WEAK_PASSWORD',
    );
    // The age format allows a passphrase only as the sole recipient.
    expect(
      (
        await expectError(c, 'backup.create', {
          folderToken: await chosen(c, 'backupFolder', out),
          passphrase: PASSPHRASE,
          recipients: [key.recipient],
        })
      ).code,
    ).toBe('VALIDATION');
    expect((await expectError(c, 'backup.create', { folderToken: await chosen(c, 'backupFolder', out) })).code).toBe('VALIDATION');
    expect(readdirSync(out).sort()).toEqual(['key.age', 'pass.age']);
  });

  it('is for managers only', async () => {
    const dir = copyVault(template.dir, dirs);
    const c = openCore(dir);
    await signIn(c, template.staff.counsellor!);
    expect(
      (await expectError(c, 'backup.create', { folderToken: await chosen(c, 'backupFolder', out), passphrase: PASSPHRASE })).code,
    ).toMatch(/PERMISSION_DENIED|PASSWORD_CHANGE_REQUIRED/);
  });
});

describe('verifying', () => {
  it('summarises a good backup and records it in the audit log', async () => {
    const s = await source.core.call('backup.verify', { ...(await chosenSource(source.core, passFile)), passphrase: PASSPHRASE });
    expect(s.organisationName).toBe(template.organisationName);
    expect(s.siteCode).toBe('KGL');
    expect(s.counts.users).toBe(2);
    expect(s.counts.drafts).toBe(1);
    const k = await source.core.call('backup.verify', { ...(await chosenSource(source.core, keyFile, key.path)) });
    // The second backup was made after the first one's audit entry and its "last backup" record.
    expect({ ...k.counts, audit_log: 0, settings: 0 }).toEqual({ ...s.counts, audit_log: 0, settings: 0 });
    expect(k.counts.settings).toBe(s.counts.settings! + 1);
    expect(k.counts.audit_log).toBe(s.counts.audit_log! + 1);
    const audit = await source.core.call('audit.list', { limit: 10 });
    expect(audit.map((a) => a.action)).toContain('backup.verified');
    expect(audit.map((a) => a.action)).toContain('backup.created');
  });

  it('names the problem: wrong passphrase, wrong key, not a backup', async () => {
    const c = source.core;
    expect((await expectError(c, 'backup.verify', { ...(await chosenSource(c, passFile)), passphrase: 'Not-The-Right-One-11' })).code).toBe(
      'BACKUP_WRONG_PASSPHRASE',
    );
    expect((await expectError(c, 'backup.verify', { ...(await chosenSource(c, passFile, key.path)) })).code).toBe(
      'BACKUP_WRONG_PASSPHRASE',
    );
    const other = join(dirs.make('other-key'), 'k.txt');
    writeFileSync(other, generateIdentity().identity + '\n');
    expect((await expectError(c, 'backup.verify', { ...(await chosenSource(c, keyFile, other)) })).code).toBe('BACKUP_WRONG_KEY');
    expect((await expectError(c, 'backup.verify', { ...(await chosenSource(c, keyFile, passFile)) })).code).toBe('BACKUP_KEY_FILE_INVALID');
    const junk = dirs.make('junk');
    for (const [name, bytes] of [
      ['empty.age', Buffer.alloc(0)],
      ['random.age', randomBytes(300_000)],
      ['text.age', Buffer.from('hello\n')],
    ] as const) {
      writeFileSync(join(junk, name), bytes);
      expect(
        (await expectError(c, 'backup.verify', { ...(await chosenSource(c, join(junk, name))), passphrase: PASSPHRASE })).code,
        name,
      ).toBe('BACKUP_NOT_A_BACKUP');
    }
    // An age file that is not ours.
    const foreign = join(junk, 'foreign.age');
    writeFileSync(foreign, runAge(['-r', key.recipient], Buffer.from('just some text')));
    expect((await expectError(c, 'backup.verify', { ...(await chosenSource(c, foreign, key.path)) })).code).toBe('BACKUP_NOT_A_BACKUP');
  });

  it('refuses a backup from a newer app (format or schema)', async () => {
    const junk = dirs.make('newer');
    for (const [name, manifest] of [
      ['format.age', { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION + 1 }],
      ['schema.age', { ...realManifest(), schemaVersion: '9999_from_the_future' }],
    ] as const) {
      const path = join(junk, name);
      await writeBackupLike(path, Buffer.from(JSON.stringify(manifest)), key.recipient);
      expect((await expectError(source.core, 'backup.verify', { ...(await chosenSource(source.core, path, key.path)) })).code, name).toBe(
        'BACKUP_TOO_NEW',
      );
    }
  });

  it('leaves nothing in the temp folder and never writes the manifest or key to disk', async () => {
    const dir = dirs.make('unpack');
    const u = await unpackBackup(keyFile, { identities: parseIdentityFile(key.identity) }, dir);
    await checkUnpacked(u);
    expect(readdirSync(dir)).toEqual([MEMBER.db]);
    const needles = [
      ...encodings(CANARY),
      ...encodings(source.dataKeyHex),
      { label: 'raw-key', bytes: Buffer.from(source.dataKeyHex, 'hex') },
    ];
    expect(findInFiles(dir, needles)).toEqual([]);
    // A temp folder of this test's own: other test files verify backups at the same time.
    const temp = dirs.make('temp');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      expect(tmpdir()).toBe(temp);
      await verifyBackup(keyFile, { identities: parseIdentityFile(key.identity) });
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(readdirSync(temp)).toEqual([]);
  });
});

function realManifest(): Record<string, unknown> {
  const tar = runAge(['-d', '-i', key.path], readFileSync(keyFile));
  const size = parseInt(tar.toString('latin1', 124, 136), 8);
  return JSON.parse(tar.toString('utf8', 512, 512 + size)) as Record<string, unknown>;
}

/** A correctly encrypted file with our tar layout and the given manifest. */
async function writeBackupLike(path: string, manifest: Buffer, recipient: string): Promise<void> {
  async function* tar() {
    yield tarHeader(MEMBER.manifest, manifest.length, 0);
    yield manifest;
    yield padding(manifest.length);
    yield END_OF_ARCHIVE;
  }
  const parts: Buffer[] = [];
  for await (const c of (await ageEncryptor({ recipients: [recipient] }))(tar())) parts.push(c);
  writeFileSync(path, Buffer.concat(parts));
}

describe('damaged files never reach live data', () => {
  let victim: { dir: string; core: Core };
  let before: Record<string, string>;
  let file: Buffer;
  let headerEnd: number;
  beforeAll(async () => {
    const dir = copyVault(template.dir, dirs, 'victim');
    const core = openCore(dir);
    await signIn(core, template.manager);
    victim = { dir, core };
    before = liveFiles(dir);
    file = readFileSync(keyFile);
    headerEnd = file.indexOf('\n---') + 1 + 47;
  });

  async function restoreCode(bytes: Buffer, label: string): Promise<string> {
    const path = join(dirs.make('bad'), `${label}.age`);
    writeFileSync(path, bytes);
    const r = await victim.core.dispatch('backup.restore', {
      ...(await chosenSource(victim.core, path, key.path)),
      trust: trustOf(template),
    });
    return r.ok ? 'ok' : r.error.code;
  }

  it('truncated at many offsets', async () => {
    const cuts = [
      1,
      21,
      40,
      headerEnd - 1,
      headerEnd,
      headerEnd + 16,
      headerEnd + 16 + 100,
      headerEnd + 16 + 65_536 + 16,
      Math.floor(file.length / 2),
      file.length - 17,
      file.length - 16,
      file.length - 1,
    ];
    for (const cut of cuts)
      expect(await restoreCode(file.subarray(0, cut), `cut-${cut}`), `cut at ${cut}`).toMatch(/^BACKUP_(DAMAGED|NOT_A_BACKUP)$/);
    expect(liveFiles(victim.dir)).toEqual(before);
  });

  it('a flipped bit in the header, first chunk, middle, last chunk and tag', async () => {
    const header = [0, 30, 60, headerEnd - 20, headerEnd - 3];
    const payload = [
      headerEnd + 2,
      headerEnd + 16 + 7,
      headerEnd + 16 + 65_536 + 16 + 100,
      Math.floor(file.length / 2),
      file.length - 100,
      file.length - 16,
      file.length - 1,
    ];
    for (const off of header) {
      const bad = Buffer.from(file);
      bad[off]! ^= 0x10;
      expect(await restoreCode(bad, `h-${off}`), `flip at ${off}`).toMatch(/^BACKUP_(DAMAGED|NOT_A_BACKUP|WRONG_KEY)$/);
    }
    for (const off of payload) {
      const bad = Buffer.from(file);
      bad[off]! ^= 0x01;
      expect(await restoreCode(bad, `p-${off}`), `flip at ${off}`).toBe('BACKUP_DAMAGED');
    }
    expect(liveFiles(victim.dir)).toEqual(before);
    expect(readdirSync(victim.dir).filter((n) => n.startsWith('.restore-') || n.startsWith('previous-'))).toEqual([]);
    expect((await victim.core.call('app.status', {})).signedIn).toBe(true);
  });
});

describe('restoring', () => {
  it('onto a new computer: the old passwords open it and the records are the same', async () => {
    const fresh = join(dirs.make('laptop'), 'vault');
    const c = openCore(fresh);
    const preview = await c.call('backup.previewNew', { ...(await chosenSource(c, passFile)), passphrase: PASSPHRASE });
    expect(preview.sameOrganisation).toBeNull();
    const r = await c.call('backup.restoreNew', { ...(await chosenSource(c, passFile)), passphrase: PASSPHRASE, trust: trustOf(template) });
    expect(r.previousFolder).toBeNull();
    await signIn(c, template.manager);
    const users = await c.call('users.list', {});
    expect(users.map((u) => u.username).sort()).toEqual((await source.core.call('users.list', {})).map((u) => u.username).sort());
    expect((await c.call('drafts.get', { formKey: DRAFT.formKey }))?.data).toEqual(DRAFT.data);
    expect((await c.call('audit.list', { limit: 5 })).map((a) => a.action)).toContain('backup.restored');
    // The backup it came from is the newest checked one: the dashboard does not turn red.
    const status = await c.call('backup.status', {});
    expect(status.lastVerifiedAt).toBe(preview.summary.createdAt);
    expect(status.stale).toBe(false);
    expect(
      (
        await expectError(c, 'backup.restoreNew', {
          ...(await chosenSource(c, passFile)),
          passphrase: PASSPHRASE,
          trust: trustOf(template),
        })
      ).code,
    ).toBe('VAULT_EXISTS');
    await c.call('auth.lock', { reason: 'manual' });
    // The recovery key valid at backup time works too.
    await c.call('auth.recover', {
      recoveryKey: template.recoveryKey,
      username: template.manager.username,
      newPassword: 'Brand-New-Hillside-Path-83',
    });
  });

  it('over an existing vault keeps the previous one, and undo brings it back', async () => {
    const dir = copyVault(template.dir, dirs, 'live');
    const c = openCore(dir);
    await signIn(c, template.manager);
    await c.call('users.create', {
      username: 'after.backup',
      fullName: 'Made After The Backup',
      role: 'social_worker',
      password: 'Later-Account-Window-55',
    });
    expect((await c.call('backup.status', {})).undo).toBeNull();
    const preview = await c.call('backup.preview', { ...(await chosenSource(c, keyFile, key.path)) });
    expect(preview.warnDifferentOrigin).toBe(false);
    const r = await c.call('backup.restore', { ...(await chosenSource(c, keyFile, key.path)), trust: trustOf(template) });
    expect(r.previousFolder).toMatch(/^previous-/);
    expect(existsSync(join(dir, r.previousFolder!, 'amizero.db'))).toBe(true);
    expect((await c.call('app.status', {})).signedIn).toBe(false);
    await signIn(c, template.manager);
    expect((await c.call('users.list', {})).map((u) => u.username)).not.toContain('after.backup');
    // The Backups page offers undo only now, and says when the replaced data was set aside.
    expect((await c.call('backup.status', {})).undo?.setAsideAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const undo = await c.call('backup.undoRestore', {});
    expect(undo.restoredFolder).toBe(r.previousFolder);
    await signIn(c, template.manager);
    expect((await c.call('users.list', {})).map((u) => u.username)).toContain('after.backup');
    expect((await c.call('audit.list', { limit: 10 })).map((a) => a.action)).toContain('backup.restored');
  });

  it('warns when the backup comes from another organisation', async () => {
    const other = await buildTemplate(dirs, { organisationName: 'Another Shelter', siteCode: 'HUY' });
    const c = openCore(copyVault(other.dir, dirs));
    await signIn(c, other.manager);
    const p = await c.call('backup.preview', { ...(await chosenSource(c, passFile)), passphrase: PASSPHRASE });
    expect(p).toMatchObject({ sameOrganisation: false, sameSite: false, warnDifferentOrigin: true });
  });

  it('refuses sources inside the data folder', async () => {
    const inside = join(source.dir, 'copy.age');
    writeFileSync(inside, readFileSync(keyFile));
    try {
      expect((await expectError(source.core, 'backup.verify', { ...(await chosenSource(source.core, inside, key.path)) })).code).toBe(
        'BACKUP_LOCATION_INVALID',
      );
    } finally {
      rmSync(inside);
    }
  });
});

describe('no plaintext anywhere', () => {
  it('canary sweep of the backup folder, data folders and staging', () => {
    const needles = [
      ...encodings(CANARY).map((n) => ({ ...n, label: `canary:${n.label}` })),
      ...encodings(source.dataKeyHex).map((n) => ({ ...n, label: `key-hex:${n.label}` })),
      { label: 'key-raw', bytes: Buffer.from(source.dataKeyHex, 'hex') },
      { label: 'sqlite-plain', bytes: Buffer.from('SQLite format 3\0', 'latin1') },
    ];
    const sweep = dirs.all;
    expect(sweep.length).toBeGreaterThan(15);
    const hits = sweep.filter((d) => existsSync(d)).flatMap((d) => findInFiles(d, needles).map((f) => ({ ...f, dir: d })));
    // The only key on disk is the one head office extracted on purpose in the sqlcipher test.
    expect(hits.filter((h) => !h.dir.includes('head-office'))).toEqual([]);
  });
});

describe('kill -9 during a backup', () => {
  it('leaves no file with the final name and earlier backups intact', async () => {
    const dir = copyVault(template.dir, dirs, 'killed');
    const dest = dirs.make('killed-out');
    const earlier = join(dest, 'earlier.age');
    writeFileSync(earlier, readFileSync(keyFile));
    const earlierHash = snapshotFiles(dest);
    const target = join(dest, 'interrupted.age');
    const run = await runUntilKilled(KILL_CHILD, [dir, target, template.manager.username, key.recipient], {
      stdin: template.manager.password + '\n',
      killAfter: (out) => (out.includes('progress') ? 0 : null),
    });
    expect(run.signal, run.stderr).toBe('SIGKILL');
    const seen = run.stdout;
    expect(seen).toContain('progress');
    expect(existsSync(target)).toBe(false);
    // Killed mid-write: the partial file is there, under a name no one takes for a backup.
    expect(readdirSync(dest).some((n) => n.startsWith('.interrupted.age.partial-'))).toBe(true);
    expect(
      readdirSync(dest)
        .filter((n) => !n.includes('.partial-'))
        .sort(),
    ).toEqual(['earlier.age']);
    expect(snapshotFiles(dest, (n) => n.includes('.partial-'))).toEqual(earlierHash);
    // The snapshot was the live file under a read transaction: nothing else to clean up.
    expect(readdirSync(dir).filter((n) => n.startsWith('.backup-snapshot-'))).toEqual([]);
    // An hour later the left-over is abandoned: the next backup into the folder removes it,
    // and leaves alone a partial another writer touched a moment ago.
    const leftOver = readdirSync(dest).find((n) => n.startsWith('.interrupted.age.partial-'))!;
    const hoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(join(dest, leftOver), hoursAgo, hoursAgo);
    const busy = '.elsewhere.age.partial-0123456789ab';
    writeFileSync(join(dest, busy), 'still being written');
    const c = openCore(dir);
    await signIn(c, template.manager);
    await c.call('backup.create', {
      folderToken: await chosen(c, 'backupFolder', dest),
      fileName: 'next.age',
      recipients: [key.recipient],
      password: template.manager.password,
    });
    await verifyBackup(join(dest, 'next.age'), { identities: parseIdentityFile(key.identity) });
    expect(readdirSync(dest).sort()).toEqual([busy, 'earlier.age', 'next.age']);
  });
});

describe('errors', () => {
  it('every backup code has an English message', () => {
    for (const code of ERROR_CODES.filter((c) => c.startsWith('BACKUP_') || c === 'DISK_FULL'))
      expect((en.errors as Record<string, string>)[code], code).toBeTruthy();
  });

  it('a full disk is reported as DISK_FULL', () => {
    const e = Object.assign(new Error('no space'), { code: 'ENOSPC' });
    expect((toBackupError(e, 'write') as { code: string }).code).toBe('DISK_FULL');
  });
});

describe('schema migration on restore', () => {
  it('a backup made at an older schema is migrated and opens with the old passwords', async () => {
    expect(MIGRATION_NAMES.length, 'needs at least two migrations to test an upgrade').toBeGreaterThan(1);
    const older = MIGRATION_NAMES[0]!;
    const dir = copyVault(template.dir, dirs, 'older');
    const c = openCore(dir);
    await signIn(c, template.manager);
    const dek = c.state.session!.withDataKey((k) => Buffer.from(k));
    await c.close();
    const sqlite = openEncryptedDatabase(join(dir, 'amizero.db'), dek);
    const db = createKysely(sqlite);
    const file = join(dirs.make('older-out'), 'older.age');
    try {
      await migrateTo(db as never, older);
      const made = await createBackup({
        sqlite,
        dataKey: dek,
        keyringPath: join(dir, 'keyring.json'),
        workDir: dir,
        outPath: file,
        protection: { recipients: [key.recipient] },
        appVersion: '0.0.1',
        organisationName: template.organisationName,
        siteCode: 'KGL',
        createdBy: null,
        now: new Date(),
      });
      expect(made.summary.schemaVersion).toBe(older);
    } finally {
      await db.destroy();
    }
    const fresh = join(dirs.make('upgraded'), 'vault');
    const n = openCore(fresh);
    const r = await n.call('backup.restoreNew', { ...(await chosenSource(n, file, key.path)), trust: trustOf(template) });
    expect(r.migrated).toBe(true);
    await signIn(n, template.manager);
    expect((await n.call('users.list', {})).length).toBe(2);
  });
});

/** A backup of the source vault to head office's key, written by core's writer directly (older formats on request). */
async function backupTo(outPath: string, o: { appVersion: string; formatVersion?: 1 }): Promise<void> {
  const session = source.core.state.session!;
  const dek = session.withDataKey((k) => Buffer.from(k));
  try {
    await createBackup({
      sqlite: session.sqlite,
      dataKey: dek,
      keyringPath: join(source.dir, 'keyring.json'),
      workDir: source.dir,
      outPath,
      protection: { recipients: [key.recipient] },
      organisationName: template.organisationName,
      siteCode: 'KGL',
      createdBy: null,
      now: new Date(),
      ...o,
    });
  } finally {
    dek.fill(0);
  }
}

describe('older backup formats', () => {
  it('format 1 (checksums first, no trailer) still verifies and restores', async () => {
    const file = join(dirs.make('format1'), 'f1.age');
    await backupTo(file, { appVersion: '0.0.1', formatVersion: 1 });
    const tar = runAge(['-d', '-i', key.path], readFileSync(file));
    const manifestSize = parseInt(tar.toString('latin1', 124, 136), 8);
    const manifest = JSON.parse(tar.toString('utf8', 512, 512 + manifestSize)) as { formatVersion: number; members: { sha256?: string }[] };
    expect(manifest.formatVersion).toBe(1);
    expect(manifest.members.every((m) => /^[0-9a-f]{64}$/.test(m.sha256 ?? ''))).toBe(true);
    expect(tar.includes(Buffer.from(MEMBER.checksums))).toBe(false);

    expect((await source.core.call('backup.verify', { ...(await chosenSource(source.core, file, key.path)) })).formatVersion).toBe(1);
    const n = openCore(join(dirs.make('format1-restored'), 'vault'));
    expect(
      (await n.call('backup.restoreNew', { ...(await chosenSource(n, file, key.path)), trust: trustOf(template) })).summary.formatVersion,
    ).toBe(1);
    await signIn(n, template.manager);
    expect((await n.call('drafts.get', { formKey: DRAFT.formKey }))?.data).toEqual(DRAFT.data);
  });
});

describe('format 2 as written before chains', () => {
  it('a backup without a backupId (made before incremental backups existed) still verifies and restores', async () => {
    const made = join(dirs.make('format2'), 'current.age');
    await backupTo(made, { appVersion: '0.0.2' });
    // The same file as the app wrote it then: the manifest without the id chains name, sealed by the stock tool.
    const tar = runAge(['-d', '-i', key.path], readFileSync(made));
    const size = parseInt(tar.toString('latin1', 124, 136), 8);
    const manifest = JSON.parse(tar.toString('utf8', 512, 512 + size)) as { formatVersion: number; backupId?: string };
    expect(manifest.formatVersion).toBe(2);
    expect(manifest.backupId).toMatch(/^[0-9a-f-]{36}$/);
    delete manifest.backupId;
    const old = Buffer.from(JSON.stringify(manifest, null, 2) + '\n');
    const rest = tar.subarray(512 + size + padding(size).length);
    const file = join(dirs.make('format2-old'), 'amizero-KGL-before-chains.age');
    writeFileSync(
      file,
      runAge(['-r', key.recipient], Buffer.concat([tarHeader(MEMBER.manifest, old.length, 0), old, padding(old.length), rest])),
    );

    expect((await source.core.call('backup.verify', { ...(await chosenSource(source.core, file, key.path)) })).formatVersion).toBe(2);
    const n = openCore(join(dirs.make('format2-restored'), 'vault'));
    const r = await n.call('backup.restoreNew', { ...(await chosenSource(n, file, key.path)), trust: trustOf(template) });
    expect(r.summary.formatVersion).toBe(2);
    await signIn(n, template.manager);
    expect((await n.call('drafts.get', { formKey: DRAFT.formKey }))?.data).toEqual(DRAFT.data);
    await n.close();
  });
});

describe('interrupted in-process', () => {
  it('cancel: BACKUP_CANCELLED, no file and no partial left', async () => {
    const dest = dirs.make('cancel');
    const ac = new AbortController();
    const p = createBackupForSession(
      source.core.state,
      {
        folderToken: await chosen(source.core, 'backupFolder', dest),
        fileName: 'c.age',
        recipients: [key.recipient],
        password: template.manager.password,
      },
      {
        signal: ac.signal,
        onProgress: () => ac.abort(),
      },
    );
    await expect(p).rejects.toMatchObject({ code: 'BACKUP_CANCELLED' });
    expect(readdirSync(dest)).toEqual([]);
    expect(readdirSync(source.dir).filter((n) => n.startsWith('.backup-snapshot-'))).toEqual([]);
  });

  it('a file that appears under the final name while the backup is written is never replaced: DESTINATION_EXISTS', async () => {
    const dest = dirs.make('race');
    const p = createBackupForSession(
      source.core.state,
      {
        folderToken: await chosen(source.core, 'backupFolder', dest),
        fileName: 'r.age',
        recipients: [key.recipient],
        password: template.manager.password,
      },
      {
        onProgress: () => {
          if (!existsSync(join(dest, 'r.age'))) writeFileSync(join(dest, 'r.age'), 'not ours');
        },
      },
    );
    await expect(p).rejects.toMatchObject({ code: 'DESTINATION_EXISTS' });
    expect(readFileSync(join(dest, 'r.age'), 'utf8')).toBe('not ours');
    expect(readdirSync(dest)).toEqual(['r.age']);
  });

  it('the destination disappears mid-write (USB stick pulled): BACKUP_WRITE_FAILED', async () => {
    const parent = dirs.make('usb');
    const dest = join(parent, 'stick');
    mkdirSync(dest);
    const p = createBackupForSession(
      source.core.state,
      {
        folderToken: await chosen(source.core, 'backupFolder', dest),
        fileName: 'u.age',
        recipients: [key.recipient],
        password: template.manager.password,
      },
      {
        onProgress: () => rmSync(dest, { recursive: true, force: true }),
      },
    );
    await expect(p).rejects.toMatchObject({ code: 'BACKUP_WRITE_FAILED' });
    expect(existsSync(dest)).toBe(false);
    expect(readdirSync(source.dir).filter((n) => n.startsWith('.backup-snapshot-'))).toEqual([]);
  });
});

describe('kill -9 during a restore', () => {
  const KILL_RESTORE = fileURLToPath(new URL('./testing/kill-restore-child.ts', import.meta.url));

  async function killedRestore(dir: string, file: string, delayMs: number): Promise<string> {
    const r = await runUntilKilled(KILL_RESTORE, [dir, file, key.path, template.manager.username], {
      stdin: template.manager.password + '\n',
      killAfter: (out) => (out.includes('restoring') ? delayMs : null),
    });
    if (r.stderr && r.code !== 0 && !r.stdout.includes('restoring')) throw new Error(r.stderr);
    return r.stdout;
  }

  it('leaves either the old or the restored vault, whole, at any moment', async () => {
    const dir = copyVault(template.dir, dirs, 'restore-killed');
    const c = openCore(dir);
    await signIn(c, template.manager);
    const sqlite = c.state.session!.sqlite;
    addFiller(sqlite, c.state.session!.user.id, 6);
    const file = (
      await c.call('backup.create', {
        folderToken: await chosen(c, 'backupFolder', dirs.make('rk-out')),
        fileName: 'r.age',
        recipients: [key.recipient],
        password: template.manager.password,
      })
    ).path;
    await c.call('users.create', {
      username: 'after.backup',
      fullName: 'Made After The Backup',
      role: 'social_worker',
      password: 'Later-Account-Window-55',
    });
    await c.close();
    const outcomes = new Set<string>();
    for (const delay of [0, 60, 150, 300]) {
      const stdout = await killedRestore(dir, file, delay);
      // What core start-up must do before opening the vault.
      recoverInterruptedSwap(dir);
      const after = openCore(dir);
      await signIn(after, template.manager);
      const names = (await after.call('users.list', {})).map((u) => u.username);
      outcomes.add(names.includes('after.backup') ? 'old' : 'restored');
      if (stdout.includes('done')) expect(names).not.toContain('after.backup');
      // Back to the old vault for the next round, if the restore went through.
      if (!names.includes('after.backup')) await after.call('backup.undoRestore', {});
      else await after.close();
    }
    expect(outcomes.size).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((n) => n.startsWith('.backup-snapshot-') || n === '.swap-journal.json')).toEqual([]);
  });
});

describe('snapshots', () => {
  it('freeze the live file when the log can be emptied, and copy with VACUUM INTO when another connection holds it', async () => {
    const dir = copyVault(template.dir, dirs, 'contended');
    const c = openCore(dir);
    await signIn(c, template.manager);
    const dek = c.state.session!.withDataKey((k) => Buffer.from(k));
    const quiet = await takeSnapshot(c.state.session!.sqlite, dir, dek);
    quiet.release();
    expect(quiet.kind).toBe('frozen-live-file');
    // Another connection (another process, in real life) writes and keeps reading: the log cannot be emptied.
    const other = openEncryptedDatabase(join(dir, 'amizero.db'), dek);
    try {
      addFiller(other, c.state.session!.user.id, 1);
      other.exec('BEGIN');
      other.prepare('SELECT count(*) FROM drafts').get();
      const busy = await takeSnapshot(c.state.session!.sqlite, dir, dek);
      try {
        expect(busy.kind).toBe('vacuum-copy');
        expect(busy.facts.counts.drafts).toBe(1);
      } finally {
        busy.release();
      }
      const made = await c.call('backup.create', {
        folderToken: await chosen(c, 'backupFolder', dirs.make('contended-out')),
        recipients: [key.recipient],
        password: template.manager.password,
      });
      expect((await verifyBackup(made.path, { identities: parseIdentityFile(key.identity) })).counts.drafts).toBe(1);
      expect(readdirSync(dir).filter((n) => n.startsWith('.backup-snapshot-'))).toEqual([]);
    } finally {
      other.exec('COMMIT');
      other.close();
    }
  });
});

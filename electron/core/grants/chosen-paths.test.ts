import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIALOG_KIND_NAMES, PATH_GRANT_TTL_MS, type DialogKind } from '../../../shared/contract/dialogs';
import type { ChannelName } from '../../../shared/contract';
import type { Core } from '../core';
import { expectError, openCore, signIn, TestClock, useVaultTemplate } from '../testing/vault-fixture';
import { chosen } from '../testing/chosen';
import { generateIdentity } from '../backup/age';
import { recipientFingerprint } from '../backup/fingerprint';
import { isNetworkPath } from './path-grants';
import { admitWithDocument } from '../testing/documents';

/**
 * Paths reach core only as capabilities: main (or the test host's scripted dialog) hands
 * core the path a person chose and the window gets a token. A path the window made up,
 * or a token that was invented, spent, expired or granted for another kind of choice,
 * is refused by every channel that reads or writes a chosen file.
 */
const suite = useVaultTemplate();
const PASSPHRASE = 'Backup-Umbrella-Harvest-62';
const headOffice = generateIdentity();
let core: Core;
let clock: TestClock;
let out: string;
let backupFile: string;
let keyFile: string;
let documentId: string;

beforeAll(async () => {
  clock = new TestClock();
  core = openCore(suite.fresh('chosen'), { now: clock.now, scheduledBackups: false });
  await signIn(core, suite.template.manager);
  out = suite.dirs.make('usb');
  keyFile = join(suite.dirs.make('keys'), 'head-office.txt');
  writeFileSync(keyFile, `${headOffice.identity}\n`, { mode: 0o600 });
  backupFile = (await core.call('backup.create', { folderToken: await chosen(core, 'backupFolder', out), passphrase: PASSPHRASE })).path;
  documentId = await admitWithDocument(core, Buffer.from('%PDF-1.4\n%%EOF\n'));
});

/** Every channel that reads or writes a chosen file, with the token(s) under test in place of a real choice. */
function inputs(token: (kind: DialogKind) => string): [ChannelName, unknown][] {
  const trust = { method: 'account', username: suite.template.manager.username, password: suite.template.manager.password };
  return [
    ['backup.create', { folderToken: token('backupFolder'), passphrase: PASSPHRASE }],
    ['backup.verify', { sourceToken: token('backupFile'), passphrase: PASSPHRASE }],
    ['backup.verify', { sourceToken: token('backupFile'), identityToken: token('identityFile') }],
    ['backup.preview', { sourceToken: token('backupFile'), passphrase: PASSPHRASE }],
    ['backup.restore', { sourceToken: token('backupFile'), passphrase: PASSPHRASE, trust }],
    ['residents.documents.export', { id: documentId, destinationToken: token('documentExport') }],
    ['reports.export', { from: '2025-01-01', to: '2025-06-30', format: 'csv', locale: 'en', destinationToken: token('reportExport') }],
    [
      'backup.schedule.set',
      {
        enabled: true,
        folderToken: token('backupFolder'),
        intervalHours: 24,
        keepDaily: 7,
        keepWeekly: 4,
        staleAfterDays: 7,
        mode: 'recipients',
        recipients: [headOffice.recipient],
        password: suite.template.manager.password,
      },
    ],
  ];
}

async function codesFor(token: (kind: DialogKind) => string): Promise<string[]> {
  const codes: string[] = [];
  for (const [channel, input] of inputs(token)) codes.push(`${channel} ${(await expectError(core, channel, input)).code}`);
  return codes;
}

const allRefused = (code: string) => inputs(() => '').map(([channel]) => `${channel} ${code}`);
const exportTarget = () => join(out, `doc-${readdirSync(out).length}.pdf`);
const pathFor = (kind: DialogKind) =>
  kind === 'backupFolder' || kind === 'accessExportFolder'
    ? out
    : kind === 'backupFile'
      ? backupFile
      : kind === 'identityFile'
        ? keyFile
        : exportTarget();

describe('channels take only tokens', () => {
  it('a path the window made up is refused by every channel (the old path fields are gone)', async () => {
    const invented = [
      ['backup.create', { destinationFolder: out, passphrase: PASSPHRASE }],
      ['backup.verify', { sourcePath: backupFile, passphrase: PASSPHRASE }],
      ['backup.verify', { sourceToken: backupFile, passphrase: PASSPHRASE }],
      ['residents.documents.export', { id: documentId, destinationPath: exportTarget() }],
      ['residents.documents.export', { id: documentId, destinationToken: exportTarget() }],
    ] as const;
    for (const [channel, input] of invented) expect((await expectError(core, channel, input)).code, channel).toBe('VALIDATION');
    expect(readdirSync(out)).toEqual([backupFile.split('/').pop()]);
  });

  it('a made-up token is refused by every channel', async () => {
    expect(await codesFor(() => 'A'.repeat(43))).toEqual(allRefused('PATH_NOT_CHOSEN'));
  });

  it('a token for another kind of choice is refused (and gone)', async () => {
    const other: Record<DialogKind, DialogKind> = {
      backupFolder: 'documentExport',
      backupFile: 'identityFile',
      reportExport: 'backupFile',
      identityFile: 'backupFile',
      documentExport: 'backupFolder',
      accessExportFolder: 'reportExport',
    };
    const tokens = new Map<DialogKind, string>();
    for (const kind of Object.keys(other) as DialogKind[]) tokens.set(kind, await chosen(core, other[kind], pathFor(other[kind])));
    const results: string[] = [];
    for (const [channel, input] of inputs((k) => tokens.get(k)!)) {
      results.push(`${channel} ${(await expectError(core, channel, input)).code}`);
      for (const kind of Object.keys(other) as DialogKind[]) tokens.set(kind, await chosen(core, other[kind], pathFor(other[kind])));
    }
    expect(results).toEqual(allRefused('PATH_NOT_CHOSEN'));
  });

  it('an expired token is refused by every channel', async () => {
    const tokens = new Map<DialogKind, string>();
    for (const kind of DIALOG_KIND_NAMES) tokens.set(kind, await chosen(core, kind, pathFor(kind)));
    clock.advance(PATH_GRANT_TTL_MS + 1);
    // Fifteen minutes idle locks the vault too: sign in again, the expired choices stay expired.
    await signIn(core, suite.template.manager);
    expect(await codesFor((k) => tokens.get(k)!)).toEqual(allRefused('PATH_NOT_CHOSEN'));
  });

  it('a spent token is refused: a document export, a backup and a verify each work once', async () => {
    const exportToken = await chosen(core, 'documentExport', exportTarget());
    await core.call('residents.documents.export', { id: documentId, destinationToken: exportToken });
    const again = await expectError(core, 'residents.documents.export', { id: documentId, destinationToken: exportToken });
    expect(again.code).toBe('PATH_NOT_CHOSEN');

    const folder = await chosen(core, 'backupFolder', out);
    await core.call('backup.create', { folderToken: folder, fileName: 'once.age', passphrase: PASSPHRASE });
    expect((await expectError(core, 'backup.create', { folderToken: folder, fileName: 'twice.age', passphrase: PASSPHRASE })).code).toBe(
      'PATH_NOT_CHOSEN',
    );
    expect(existsSync(join(out, 'twice.age'))).toBe(false);

    const source = await chosen(core, 'backupFile', backupFile);
    await core.call('backup.verify', { sourceToken: source, passphrase: PASSPHRASE });
    expect((await expectError(core, 'backup.verify', { sourceToken: source, passphrase: PASSPHRASE })).code).toBe('PATH_NOT_CHOSEN');
  });

  it('locking forgets every choice: the next person to sign in cannot use it', async () => {
    const source = await chosen(core, 'backupFile', backupFile);
    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, suite.template.manager);
    expect((await expectError(core, 'backup.verify', { sourceToken: source, passphrase: PASSPHRASE })).code).toBe('PATH_NOT_CHOSEN');
  });

  it('a refused call (wrong passphrase) leaves the choice usable, so the person can correct what they typed', async () => {
    const source = await chosen(core, 'backupFile', backupFile);
    expect((await expectError(core, 'backup.verify', { sourceToken: source, passphrase: 'Wrong-Passphrase-Entirely-1' })).code).toBe(
      'BACKUP_WRONG_PASSPHRASE',
    );
    await core.call('backup.verify', { sourceToken: source, passphrase: PASSPHRASE });
  });

  it('preview spends its tokens and hands back fresh ones for the restore that follows', async () => {
    const source = await chosen(core, 'backupFile', backupFile);
    const p = await core.call('backup.preview', { sourceToken: source, passphrase: PASSPHRASE });
    expect(p.renewed.sourceToken).not.toBe(source);
    expect((await expectError(core, 'backup.verify', { sourceToken: source, passphrase: PASSPHRASE })).code).toBe('PATH_NOT_CHOSEN');
    await core.call('backup.verify', { sourceToken: p.renewed.sourceToken, passphrase: PASSPHRASE });
  });
});

describe('granting', () => {
  it('refuses network paths', async () => {
    for (const p of ['\\\\server\\share\\backups', '//server/share/backups', '\\\\?\\UNC\\server\\share', '\\\\.\\pipe\\x']) {
      expect(isNetworkPath(p), p).toBe(true);
      const r = await core.grantPath('backupFolder', p);
      expect(r.ok ? 'granted' : r.error.code, p).toBe('PATH_NETWORK');
    }
    expect(isNetworkPath('/media/usb')).toBe(false);
    expect(isNetworkPath('C:\\Users\\x')).toBe(false);
  });

  it('gives the window a token and the parts to show, never anything it could send back as a path', async () => {
    const r = await core.grantPath('backupFile', backupFile);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.data.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(r.data.folder + r.data.name).toBe(backupFile);
    expect((await core.grantPath('shell' as DialogKind, backupFile)).ok).toBe(false);
  });
});

describe('who can open backups, and where they go, need the password again', () => {
  const schedule = async (over: Record<string, unknown>) => ({
    enabled: true,
    intervalHours: 24,
    keepDaily: 7,
    keepWeekly: 4,
    staleAfterDays: 7,
    mode: 'recipients' as const,
    recipients: [headOffice.recipient],
    ...over,
  });

  it('a new recipient or folder without the password is refused; the wrong password too; nothing saved', async () => {
    const folderToken = await chosen(core, 'backupFolder', out);
    const missing = await expectError(core, 'backup.schedule.set', await schedule({ folderToken }));
    expect(missing.code).toBe('REAUTH_REQUIRED');
    expect(missing.fields?.[0]?.path).toBe('password');
    const wrong = await expectError(core, 'backup.schedule.set', await schedule({ folderToken, password: 'Not-The-Password-11' }));
    expect(wrong.code).toBe('WRONG_CREDENTIALS');
    expect((await core.call('backup.schedule.get', {})).folder).toBeNull();

    const saved = await core.call(
      'backup.schedule.set',
      await schedule({ folderToken: await chosen(core, 'backupFolder', out), password: suite.template.manager.password }),
    );
    expect(saved.folder).toBe(out);
    // The interval alone is no change of who or where: no password.
    expect((await core.call('backup.schedule.set', await schedule({ intervalHours: 48 }))).intervalHours).toBe(48);
    // A second recipient is.
    const another = generateIdentity().recipient;
    expect((await expectError(core, 'backup.schedule.set', await schedule({ recipients: [headOffice.recipient, another] }))).code).toBe(
      'REAUTH_REQUIRED',
    );
    expect((await core.call('backup.schedule.get', {})).recipients).toEqual([headOffice.recipient]);
  });

  it('a manual backup sealed to a key needs the password; the log records each recipient’s fingerprint', async () => {
    const refused = await expectError(core, 'backup.create', {
      folderToken: await chosen(core, 'backupFolder', out),
      fileName: 'keyed.age',
      recipients: [headOffice.recipient],
    });
    expect(refused.code).toBe('REAUTH_REQUIRED');
    expect(existsSync(join(out, 'keyed.age'))).toBe(false);
    await core.call('backup.create', {
      folderToken: await chosen(core, 'backupFolder', out),
      fileName: 'keyed.age',
      recipients: [headOffice.recipient],
      password: suite.template.manager.password,
    });
    const log = await core.call('audit.list', { limit: 50 });
    const fp = recipientFingerprint(headOffice.recipient);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(log.find((a) => a.action === 'backup.created')?.details.recipientFingerprints).toEqual([fp]);
    expect(log.find((a) => a.action === 'backup.schedule_changed')?.details.recipientFingerprints).toEqual([fp]);
    expect(JSON.stringify(log)).not.toContain(headOffice.recipient);
  });
});

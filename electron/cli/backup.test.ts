import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initVault, oneLine, PASSWORD, runCli, snapshot, TempRoot } from './cli-process.fixtures';
import { requireAgeCli, runAge } from '../core/backup/testing/age-tools';

const PASSPHRASE = 'Volcano-Lantern-Basket-Rain-28';
const root = new TempRoot();
let vault: string;
let keyFile: string;
let recipient: string;

beforeAll(async () => {
  requireAgeCli();
  vault = root.path('vault');
  await initVault(vault);
  keyFile = root.path('head-office.key');
  const r = await runCli(['backup', 'keygen', '--out', keyFile]);
  expect(r.code).toBe(0);
  recipient = r.stdout.trim();
});
afterAll(() => root.cleanup());

function expectProblem(r: { code: number | null; stdout: string; stderr: string }, message: RegExp): void {
  expect(r.code).toBe(1);
  expect(oneLine(r.stderr)).toBe(true);
  expect(r.stderr).toMatch(message);
}

describe('amizero backup', () => {
  it('keygen writes an owner-only age identity, refuses to overwrite it', async () => {
    expect(recipient).toMatch(/^age1[0-9a-z]{58}$/);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(runAge(['-d', '-i', keyFile], runAge(['-r', recipient], Buffer.from('hi'))).toString()).toBe('hi');
    expect((await runCli(['backup', 'keygen', '--out', keyFile])).code).toBe(2);
  });

  it('create → verify → restore into an empty folder, with a passphrase on the second stdin line', async () => {
    const file = root.path('pass.age');
    const c = await runCli(['backup', 'create', '--data-dir', vault, '--username', 'manager', '--out', file, '--passphrase-stdin'], {
      input: `${PASSWORD}\n${PASSPHRASE}\n`,
    });
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const v = await runCli(['backup', 'verify', file, '--passphrase-stdin'], { input: `${PASSPHRASE}\n` });
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('Backup is intact.');
    expect(v.stdout).toContain('Test Shelter');
    // A backup the CLI made names the app version that made it, not a placeholder.
    const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(v.stdout).toMatch(new RegExp(`App version: +${version.replace(/\./g, '\\.')} `));
    const fresh = root.path('new-laptop');
    // A file that decrypts is not yet trusted: a manager of the backup signs in to it (third line: that password).
    const unproven = await runCli(['backup', 'restore', file, '--data-dir', fresh, '--passphrase-stdin'], { input: `${PASSPHRASE}\n` });
    expect(unproven.code).toBe(2);
    const wrong = await runCli(['backup', 'restore', file, '--data-dir', fresh, '--passphrase-stdin', '--backup-username', 'manager'], {
      input: `${PASSPHRASE}\nWrong-Password-Entirely-9\n`,
    });
    expectProblem(wrong, /do not open this backup/);
    const r = await runCli(['backup', 'restore', file, '--data-dir', fresh, '--passphrase-stdin', '--backup-username', 'manager'], {
      input: `${PASSPHRASE}\n${PASSWORD}\n`,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const list = await runCli(['users', 'list', '--data-dir', fresh, '--username', 'manager'], { input: `${PASSWORD}\n` });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('manager');
  });

  it('create for a recipient (password from AMIZERO_PASSWORD), verify with --identity, restore over a vault', async () => {
    const file = root.path('key.age');
    const c = await runCli(
      ['backup', 'create', '--data-dir', vault, '--username', 'manager', '--out', file, '--recipient', recipient, '--progress'],
      { env: { AMIZERO_PASSWORD: PASSWORD } },
    );
    expect(c.code).toBe(0);
    // --progress: phases on standard error, ending at 100 %; standard output keeps only the result.
    expect(c.stderr).toMatch(/^create: snapshot\n/);
    expect(c.stderr).toMatch(/create: encrypt 100%\n$/);
    expect(c.stdout).toMatch(/^Backup written: /);
    expect((await runCli(['backup', 'verify', file, '--identity', keyFile])).code).toBe(0);
    const target = root.copy(vault, 'target');
    const r = await runCli(
      ['backup', 'restore', file, '--data-dir', target, '--identity', keyFile, '--username', 'manager', '--backup-username', 'manager'],
      { input: `${PASSWORD}\n${PASSWORD}\n` },
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/kept in previous-/);
    // Undo without a session in the restored vault: a manager of the vault that comes back.
    expectProblem(
      await runCli(['backup', 'undo', '--data-dir', target, '--username', 'manager'], { input: 'Wrong-Password-Entirely-9\n' }),
      /do not match/,
    );
    const u = await runCli(['backup', 'undo', '--data-dir', target, '--username', 'manager'], { input: `${PASSWORD}\n` });
    expect(u.stderr).toBe('');
    expect(u.code).toBe(0);
    expect(u.stdout).toMatch(/^Undone: the vault from previous-.* is back\. The restored one was kept in previous-/);
  });

  it('exits 1 with one line for a wrong passphrase, damaged, truncated, random or empty file', async () => {
    const file = root.path('pass.age');
    expectProblem(
      await runCli(['backup', 'verify', file, '--passphrase-stdin'], { input: 'Wrong-Passphrase-Entirely-1\n' }),
      /passphrase does not open/,
    );
    const bytes = readFileSync(file);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 1;
    writeFileSync(root.path('flipped.age'), flipped);
    writeFileSync(root.path('truncated.age'), bytes.subarray(0, bytes.length - 100));
    writeFileSync(root.path('random.age'), randomBytes(10_000));
    writeFileSync(root.path('empty.age'), '');
    for (const [name, message] of [
      ['flipped', /damaged/],
      ['truncated', /damaged/],
      ['random', /not an Amizero backup/],
      ['empty', /not an Amizero backup/],
    ] as const) {
      expectProblem(
        await runCli(['backup', 'verify', root.path(`${name}.age`), '--passphrase-stdin'], { input: `${PASSPHRASE}\n` }),
        message,
      );
    }
  });

  it('a refused restore leaves the vault untouched', async () => {
    const target = root.copy(vault, 'untouched');
    const slotsBefore = keyringWithoutAnchor(target);
    expectProblem(
      await runCli(
        [
          'backup',
          'restore',
          root.path('truncated.age'),
          '--data-dir',
          target,
          '--passphrase-stdin',
          '--username',
          'manager',
          '--backup-username',
          'manager',
        ],
        { input: `${PASSWORD}\n${PASSPHRASE}\n${PASSWORD}\n` },
      ),
      /damaged/,
    );
    const after = snapshot(target);
    // Signing in appends to the audit log, so the database file changes and the keyring's
    // audit anchor moves on at lock; the vault itself is not replaced: same slots, same vault.
    expect(keyringWithoutAnchor(target)).toEqual(slotsBefore);
    expect(Object.keys(after).filter((n) => n.startsWith('previous-') || n.startsWith('.restore-'))).toEqual([]);
    expect((await runCli(['users', 'list', '--data-dir', target, '--username', 'manager'], { input: `${PASSWORD}\n` })).code).toBe(0);
  });

  it('exits 2 for a bad command line', async () => {
    for (const args of [
      ['backup', 'verify'],
      ['backup', 'verify', root.path('pass.age')],
      ['backup', 'verify', root.path('pass.age'), '--passphrase-stdin', '--identity', keyFile],
      ['backup', 'create', '--username', 'manager', '--out', root.path('x.age')],
      ['backup', 'create', '--username', 'manager', '--out', root.path('x.age'), '--passphrase', 'secret'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(oneLine(r.stderr)).toBe(true);
    }
  });
});

function keyringWithoutAnchor(dir: string): Record<string, unknown> {
  const k = JSON.parse(readFileSync(`${dir}/keyring.json`, 'utf8')) as Record<string, unknown>;
  delete k.auditAnchor;
  return k;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD, RECOVERY_KEY, TempRoot, initVault, oneLine, runCli, snapshot } from './cli-process.fixtures';

const root = new TempRoot();
afterAll(() => root.cleanup());

const initArgs = (dir: string) => ['init', '--data-dir', dir, '--org', 'Test Shelter', '--site', 'TST', '--username', 'manager'];

describe('amizero init', () => {
  it('creates a vault and prints the recovery key once, with instructions', async () => {
    const dir = root.path('new');
    const r = await initVault(dir);
    expect(r.stdout).toMatch(RECOVERY_KEY);
    expect(r.stdout.match(new RegExp(RECOVERY_KEY.source, 'g'))).toHaveLength(1);
    expect(r.stdout).toContain('write it down');
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    expect(existsSync(join(dir, 'keyring.json'))).toBe(true);
    expect(readFileSync(join(dir, 'amizero.db')).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    // The key is shown to the operator only: nothing in the folder holds it.
    const key = RECOVERY_KEY.exec(r.stdout)![0];
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f)).includes(key)).toBe(false);
  });

  it('refuses when a vault exists, changing nothing and printing no key', async () => {
    const dir = root.path('twice');
    await initVault(dir);
    const before = snapshot(dir);
    const r = await runCli(initArgs(dir), { input: PASSWORD + '\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('amizero: Amizero is already set up on this computer.\n');
    expect(r.stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  it('takes the password from AMIZERO_PASSWORD and the folder from AMIZERO_DATA_DIR', async () => {
    const dir = root.path('from-env');
    const r = await runCli(['init', '--org', 'Test Shelter', '--site', 'TST', '--username', 'manager'], {
      env: { AMIZERO_PASSWORD: PASSWORD, AMIZERO_DATA_DIR: dir },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(RECOVERY_KEY);
    expect(existsSync(join(dir, 'keyring.json'))).toBe(true);
  });

  it.each([['--password=secret-value'], ['--password', 'secret-value'], ['-p', 'secret-value']])(
    'refuses a password given as an argument (%s) with exit code 2',
    async (...extra) => {
      const dir = root.path(`arg-${extra.length}-${extra[0]!.length}`);
      const r = await runCli([...initArgs(dir), ...extra], { input: PASSWORD + '\n' });
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toBe(true);
      expect(r.stderr).toContain('never taken as arguments');
      expect(r.stderr).not.toContain('secret-value');
      expect(existsSync(dir)).toBe(false);
    },
  );

  it('refuses a missing --org with exit code 2 and one line naming it', async () => {
    const dir = root.path('no-org');
    const r = await runCli(
      initArgs(dir).filter((a) => a !== '--org' && a !== 'Test Shelter'),
      { input: PASSWORD + '\n' },
    );
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toContain('missing required option --org');
    expect(existsSync(dir)).toBe(false);
  });

  it('validates with the domain schemas: a bad site code and username are refused with exit code 2', async () => {
    const site = await runCli([
      'init',
      '--data-dir',
      root.path('bad-site'),
      '--org',
      'Test Shelter',
      '--site',
      'K',
      '--username',
      'manager',
    ]);
    expect(site.code).toBe(2);
    expect(site.stderr).toContain('invalid --site: Use 2 to 6 capital letters or digits');
    const user = await runCli(['init', '--data-dir', root.path('bad-user'), '--org', 'Test Shelter', '--site', 'KGL', '--username', '-x']);
    expect(user.code).toBe(2);
    expect(user.stderr).toContain('--username');
  });

  it('refuses an empty standard input with exit code 2', async () => {
    const r = await runCli(initArgs(root.path('no-password')), { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no password on standard input');
  });

  it("reports a weak password with the app's own message and exit code 1", async () => {
    const dir = root.path('weak');
    const r = await runCli(initArgs(dir), { input: 'short\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('amizero: That password is too weak. Use at least 10 characters and avoid common words.\n');
    expect(existsSync(join(dir, 'keyring.json'))).toBe(false);
  });
});

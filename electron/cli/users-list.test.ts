import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, TempRoot, initVault, oneLine, runCli } from './cli-process.fixtures';

const root = new TempRoot();
let vault: string;

beforeAll(async () => {
  vault = root.path('vault');
  await initVault(vault);
});
afterAll(() => root.cleanup());

describe('amizero users list', () => {
  it('shows the manager in a table', async () => {
    const r = await runCli(['users', 'list', '--data-dir', vault, '--username', 'manager'], { input: PASSWORD + '\n' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^USERNAME\s+NAME\s+ROLE\s+STATUS$/);
    expect(lines[2]).toMatch(/^manager\s+Test Manager\s+Shelter manager\s+active$/);
    expect(lines).toHaveLength(3);
  });

  it('exits 1 with the translated message for a wrong password', async () => {
    const r = await runCli(['users', 'list', '--data-dir', vault, '--username', 'manager'], { input: 'wrong-Password-77\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('amizero: That username and password do not match.\n');
  });

  it('exits 2 for an unknown option and for a missing --username', async () => {
    const unknown = await runCli(['users', 'list', '--data-dir', vault, '--username', 'manager', '--all']);
    expect(unknown.code).toBe(2);
    expect(oneLine(unknown.stderr)).toBe(true);
    expect(unknown.stderr).toContain('unknown option --all');
    const missing = await runCli(['users', 'list', '--data-dir', vault]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing required option --username');
  });
});

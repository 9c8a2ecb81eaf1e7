import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, TempRoot, initVault, runCli } from './cli-process.fixtures';

const root = new TempRoot();
let vault: string;

beforeAll(async () => {
  vault = root.path('vault');
  await initVault(vault);
});
afterAll(() => root.cleanup());

describe('amizero rekey', () => {
  it('replaces the keys, prints progress and the result, and the vault passes doctor afterwards', async () => {
    const r = await runCli(['rekey', '--data-dir', vault, '--username', 'manager', '--reason', 'staff_left'], { input: PASSWORD + '\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('rekey: copying');
    expect(r.stderr).toContain('rekey: done');
    expect(r.stdout).toMatch(/^Keys replaced in [\d.]+ s: 2 key slots, 0 sealed rows resealed\.\n$/);
    const doctor = await runCli(['doctor', '--data-dir', vault, '--username', 'manager'], { input: PASSWORD + '\n' });
    expect(doctor.code).toBe(0);
  });

  it('refuses an unknown reason as bad input (exit 2)', async () => {
    const r = await runCli(['rekey', '--data-dir', vault, '--username', 'manager', '--reason', 'bored'], { input: PASSWORD + '\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--reason');
  });
});

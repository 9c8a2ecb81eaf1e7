import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTCDS_EXPORT_COLUMNS } from '../../shared/enums/trafficking';
import { PASSWORD, TempRoot, initVault, runCli } from './cli-process.fixtures';

const root = new TempRoot();
let vault: string;

beforeAll(async () => {
  vault = root.path('vault');
  await initVault(vault);
  const demo = await runCli(['demo', '--data-dir', vault, '--username', 'manager', '--residents', '60'], { input: PASSWORD + '\n' });
  expect(demo.code).toBe(0);
}, 120_000);
afterAll(() => root.cleanup());

describe('amizero export anonymised', () => {
  it('writes the HTCDS dataset in the CTDC layout and says what it left out', async () => {
    const out = root.path('ctdc.csv');
    const r = await runCli(['export', 'anonymised', '--data-dir', vault, '--username', 'manager', '--out', out], {
      input: PASSWORD + '\n',
    });
    expect(r.code, r.stderr).toBe(0);
    const said = /\((\d+) people, k = 11; (\d+) left out without research consent; (\d+) values suppressed; (\d+) people left out/.exec(
      r.stdout,
    );
    expect(said, r.stdout).not.toBeNull();
    const [, records, noConsent, suppressed, dropped] = said!.map(Number);
    // The demo shelter gives research consent for most people, not all: both sides are real.
    expect(records! + noConsent! + dropped!).toBe(60);
    expect(records).toBeGreaterThan(0);
    expect(noConsent).toBeGreaterThan(0);
    expect(suppressed).toBeGreaterThan(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(HTCDS_EXPORT_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines).toHaveLength(records! + 1);
  }, 60_000);

  it('refuses the data folder, an existing file and a missing --out, writing nothing', async () => {
    const inside = join(vault, 'ctdc.csv');
    const a = await runCli(['export', 'anonymised', '--data-dir', vault, '--username', 'manager', '--out', inside], {
      input: PASSWORD + '\n',
    });
    expect(a.code).toBe(1);
    expect(existsSync(inside)).toBe(false);
    const taken = root.path('taken.csv');
    writeFileSync(taken, 'mine');
    const b = await runCli(['export', 'anonymised', '--data-dir', vault, '--username', 'manager', '--out', taken], {
      input: PASSWORD + '\n',
    });
    expect(b.code).toBe(1);
    expect(readFileSync(taken, 'utf8')).toBe('mine');
    const c = await runCli(['export', 'anonymised', '--data-dir', vault, '--username', 'manager'], { input: PASSWORD + '\n' });
    expect(c.code).toBe(2);
  }, 60_000);
});

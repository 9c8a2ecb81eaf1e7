import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flipBit } from '../core/db/page-auth.fixtures';
import { PASSWORD, TempRoot, initVault, oneLine, runCli, snapshot } from './cli-process.fixtures';

const root = new TempRoot();
let vault: string;
const doctor = (dir: string, input = PASSWORD + '\n') => runCli(['doctor', '--data-dir', dir, '--username', 'manager'], { input });

beforeAll(async () => {
  vault = root.path('vault');
  await initVault(vault);
});
afterAll(() => root.cleanup());

describe('amizero doctor', () => {
  it('passes a healthy vault with exit code 0 and a readable summary', async () => {
    const r = await doctor(root.copy(vault, 'healthy'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const label of [
      'Key file',
      'Sign-in',
      'Page authentication',
      'SQLite integrity check',
      'Connection settings',
      'Audit log chain',
      'Staff accounts',
    ]) {
      expect(r.stdout).toMatch(new RegExp(`OK\\s+${label}`));
    }
    expect(r.stdout).toContain('Everything is fine.');
    expect(r.stdout).not.toContain(PASSWORD);
  });

  it.each([
    ['the first page', 0.0],
    ['a middle page', 0.5],
    ['the last page', 0.999],
  ])('exits 1 after one byte is flipped in %s of the database', async (_name, at) => {
    const dir = root.copy(vault, `flip-${at}`);
    const db = join(dir, 'amizero.db');
    const pages = statSync(db).size / 4096;
    flipBit(db, Math.floor(pages * at) * 4096 + 1000, 6);
    const r = await doctor(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAILED/);
    expect(r.stdout).toMatch(/problems? found/);
  });

  it('exits 1 with the translated message, and nothing else, for a wrong password', async () => {
    const dir = root.copy(vault, 'wrong-password');
    const db = readFileSync(join(dir, 'amizero.db'));
    const r = await doctor(dir, 'not-the-password-9\n');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('amizero: That username and password do not match.\n');
    expect(readFileSync(join(dir, 'amizero.db')).equals(db)).toBe(true);
  });

  it('reports a damaged key file in the summary with exit code 1, changing nothing', async () => {
    const dir = root.copy(vault, 'bad-keyring');
    writeFileSync(join(dir, 'keyring.json'), '{ "format": "amizero-keyring", ');
    const before = snapshot(dir);
    const r = await doctor(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAILED\s+Key file \(keyring\.json\)\s+The key file \(keyring\.json\) is damaged/);
    expect(r.stdout).toMatch(/SKIPPED\s+Page authentication/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('reports a folder without a vault in one line', async () => {
    const r = await doctor(root.path('nothing-here'));
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toBe('amizero: Amizero has not been set up on this computer yet.\n');
  });
});

import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recoverInterruptedSwap, SWAP_JOURNAL } from './restore';

/**
 * The swap journal is a file in the data folder that recovery acts on before anyone
 * signs in. A journal naming folders outside the data folder (or through a link) must
 * never move the live vault there: it is validated, names only, before use.
 */
let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function liveVault(journal: unknown): { data: string; outside: string } {
  root = mkdtempSync(join(tmpdir(), 'amizero-journal-'));
  const data = join(root, 'vault');
  const outside = join(root, 'outside');
  mkdirSync(data);
  mkdirSync(outside);
  writeFileSync(join(data, 'amizero.db'), 'live database');
  writeFileSync(join(data, 'keyring.json'), 'live keyring');
  // A decoy keyring "not yet moved in": recovery would then roll the database back into `from`.
  writeFileSync(join(outside, 'keyring.json'), 'decoy');
  writeFileSync(join(data, SWAP_JOURNAL), typeof journal === 'string' ? journal : JSON.stringify(journal));
  return { data, outside };
}

describe('the swap journal is validated before use', () => {
  it.each([
    ['a parent path', { from: '../outside', aside: null }],
    ['an absolute path', { from: '/tmp/elsewhere', aside: null }],
    ['a nested path', { from: '.restore-abc/../../outside', aside: null }],
    ['an aside outside', { from: '.restore-abc', aside: '../outside' }],
    ['a name that is not ours', { from: 'amizero.db', aside: null }],
    ['extra fields', { from: '.restore-abc', aside: null, run: 'x' }],
    ['the wrong types', { from: 7, aside: [] }],
  ])('%s: nothing moves, the journal is dropped', (_label, journal) => {
    const { data, outside } = liveVault(journal);
    expect(recoverInterruptedSwap(data)).toBe('none');
    expect(readdirSync(outside)).toEqual(['keyring.json']);
    expect(existsSync(join(data, 'amizero.db'))).toBe(true);
    expect(existsSync(join(data, SWAP_JOURNAL))).toBe(false);
  });

  it('a staging folder that is a link out of the data folder is not followed', () => {
    const { data, outside } = liveVault({ from: '.restore-abc', aside: null });
    symlinkSync(outside, join(data, '.restore-abc'));
    expect(recoverInterruptedSwap(data)).toBe('none');
    expect(readdirSync(outside)).toEqual(['keyring.json']);
    expect(existsSync(join(data, 'amizero.db'))).toBe(true);
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
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

describe('a re-key killed mid-swap', () => {
  it('is rolled back from its own staging folder: the live files come back from the aside folder', () => {
    root = mkdtempSync(join(tmpdir(), 'amizero-journal-'));
    const data = join(root, 'vault');
    const staging = join(data, '.rekey-0123456789ab');
    const aside = join(data, 'previous-20261206-120000');
    mkdirSync(staging, { recursive: true });
    mkdirSync(aside);
    // The kill came after the live files went aside and the new database moved in, before the keyring did.
    writeFileSync(join(aside, 'amizero.db'), 'old database');
    writeFileSync(join(aside, 'keyring.json'), 'old keyring');
    writeFileSync(join(data, 'amizero.db'), 'new database');
    writeFileSync(join(staging, 'keyring.json'), 'new keyring');
    writeFileSync(join(data, SWAP_JOURNAL), JSON.stringify({ from: '.rekey-0123456789ab', aside: 'previous-20261206-120000' }));
    expect(recoverInterruptedSwap(data)).toBe('rolled-back');
    expect(readFileSync(join(data, 'amizero.db'), 'utf8')).toBe('old database');
    expect(readFileSync(join(data, 'keyring.json'), 'utf8')).toBe('old keyring');
    expect(existsSync(join(data, SWAP_JOURNAL))).toBe(false);
  });
});

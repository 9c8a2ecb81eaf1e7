import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Core } from '../core';
import { recoverInterruptedSwap, swapInStaged, SWAP_JOURNAL } from './restore';

/**
 * A crash can stop a restore's swap between any two renames. These build each
 * intermediate state by hand (plain text stands in for the files) and check that
 * recovery returns to exactly one whole vault.
 */
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(files: Record<string, string>): void {
  dir = mkdtempSync(join(tmpdir(), 'amizero-swap-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  writeFileSync(join(dir, SWAP_JOURNAL), JSON.stringify({ from: '.restore-abc', aside: 'previous-1' }));
}

const read = (p: string) => (existsSync(join(dir, p)) ? readFileSync(join(dir, p), 'utf8') : null);

describe('recovering an interrupted swap', () => {
  it('does nothing without a journal', () => {
    dir = mkdtempSync(join(tmpdir(), 'amizero-swap-'));
    expect(recoverInterruptedSwap(dir)).toBe('none');
  });

  it('crash while the live vault was being moved aside: rolled back', () => {
    setup({
      'amizero.db': 'old-db',
      'previous-1/keyring.json': 'old-keyring',
      '.restore-abc/amizero.db': 'new-db',
      '.restore-abc/keyring.json': 'new-keyring',
    });
    expect(recoverInterruptedSwap(dir)).toBe('rolled-back');
    expect([read('amizero.db'), read('keyring.json')]).toEqual(['old-db', 'old-keyring']);
    expect(existsSync(join(dir, 'previous-1'))).toBe(false);
    expect(existsSync(join(dir, SWAP_JOURNAL))).toBe(false);
  });

  it('crash after the new database moved in but before its keyring: rolled back', () => {
    setup({
      'amizero.db': 'new-db',
      'previous-1/keyring.json': 'old-keyring',
      'previous-1/amizero.db': 'old-db',
      '.restore-abc/keyring.json': 'new-keyring',
    });
    expect(recoverInterruptedSwap(dir)).toBe('rolled-back');
    expect([read('amizero.db'), read('keyring.json')]).toEqual(['old-db', 'old-keyring']);
    expect([read('.restore-abc/amizero.db'), read('.restore-abc/keyring.json')]).toEqual(['new-db', 'new-keyring']);
  });

  it('crash after the keyring moved in: the restore stands', () => {
    setup({
      'amizero.db': 'new-db',
      'keyring.json': 'new-keyring',
      'previous-1/keyring.json': 'old-keyring',
      'previous-1/amizero.db': 'old-db',
    });
    expect(recoverInterruptedSwap(dir)).toBe('completed');
    expect([read('amizero.db'), read('keyring.json')]).toEqual(['new-db', 'new-keyring']);
    expect(readdirSync(join(dir, 'previous-1')).sort()).toEqual(['amizero.db', 'keyring.json']);
  });
});

describe('core start-up', () => {
  it('rolls an interrupted swap back before it decides whether a vault exists', async () => {
    // Without this the missing keyring.json would read as "no vault" and offer setup.
    setup({
      'amizero.db': 'old-db',
      'previous-1/keyring.json': 'old-keyring',
      '.restore-abc/amizero.db': 'new-db',
      '.restore-abc/keyring.json': 'new-keyring',
    });
    const core = new Core({ dataDir: dir, log: () => undefined });
    expect(read('keyring.json')).toBe('old-keyring');
    expect(existsSync(join(dir, SWAP_JOURNAL))).toBe(false);
    expect((await core.call('app.status', {})).vault).toBe('ready');
  });
});

describe('a swap that fails part-way', () => {
  it('is rolled back at once, leaving the original vault in place', () => {
    dir = mkdtempSync(join(tmpdir(), 'amizero-swap-'));
    writeFileSync(join(dir, 'amizero.db'), 'old-db');
    writeFileSync(join(dir, 'keyring.json'), 'old-keyring');
    const staging = join(dir, '.restore-x');
    mkdirSync(staging);
    writeFileSync(join(staging, 'amizero.db'), 'new-db');
    // No staged keyring: moveIn refuses after the live files went aside.
    const staged = {
      dir: staging,
      summary: {} as never,
      migrated: false,
      proof: { vaultId: 'x', userId: null, method: 'recoveryKey' as const },
      discard: () => rmSync(staging, { recursive: true, force: true }),
    };
    expect(() => swapInStaged(dir, staged, new Date())).toThrow();
    expect([read('amizero.db'), read('keyring.json')]).toEqual(['old-db', 'old-keyring']);
    expect(readdirSync(dir).filter((n) => n.startsWith('previous-') || n === SWAP_JOURNAL)).toEqual([]);
  });
});

import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core/core';
import { buildTemplate, copyVault, openCore, signIn, TempDirs, type VaultTemplate } from '../core/testing/vault-fixture';
import { generateIdentity } from '../core/backup/age';
import { chainFull, chainLink } from '../core/backup/testing/chain-fixture';
import { addFiller } from '../core/testing/filler';
import { oneLine, runCli } from './cli-process.fixtures';

const dirs = new TempDirs();
let template: VaultTemplate;
let core: Core;
let keyPath: string;
let recipient: string;
const files: string[] = [];

beforeAll(async () => {
  template = await buildTemplate(dirs, {});
  core = openCore(copyVault(template.dir, dirs, 'source'));
  await signIn(core, template.manager);
  const key = generateIdentity();
  recipient = key.recipient;
  keyPath = join(dirs.make('keys'), 'head-office.key');
  writeFileSync(keyPath, `${key.identity}\n`, { mode: 0o600 });
  // Over 1 MB, so the full backup cuts into several pieces.
  addFiller(core.state.session!.sqlite, core.state.session!.user.id, 2);
  const out = dirs.make('out');
  files.push(await chainFull(core, out, 'full.age', recipient, new Date('2026-12-01T08:00:00Z')));
  for (let i = 1; i <= 3; i++) {
    await core.call('residents.admit', { identity: { givenNames: `Cli${i}` }, admittedOn: '2026-11-30' });
    files.push((await chainLink(core, out, `link-${i}.age`, recipient, new Date(`2026-12-0${i + 1}T08:00:00Z`))).path);
  }
}, 120_000);
afterAll(() => dirs.cleanup());

describe('amizero backup verify and apply with chains', () => {
  it('verifies a chain given in any order, and names a missing link with its date', async () => {
    const ok = await runCli(['backup', 'verify', ...[...files].reverse(), '--identity', keyPath]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Chain is intact');
    const missing = await runCli(['backup', 'verify', files[0]!, files[1]!, files[3]!, '--identity', keyPath]);
    expect(missing.code).toBe(1);
    expect(oneLine(missing.stderr)).toBe(true);
    expect(missing.stderr).toContain('Link 2 of 3 is missing: made 3 Dec 2026');
  });

  it('split cuts a backup into pieces that verify in any order, and a missing piece is named', async () => {
    const folder = dirs.make('pieces');
    const split = await runCli(['backup', 'split', files[0]!, '--to', folder, '--piece-mb', '1', '--recipient', recipient]);
    expect(split.stderr).toBe('');
    expect(split.code).toBe(0);
    const pieces = readdirSync(folder)
      .sort()
      .reverse()
      .map((n) => join(folder, n));
    expect(pieces[0]).toMatch(/full\.age\.piece-\d+-of-\d+\.age$/);
    const ok = await runCli(['backup', 'verify', ...pieces, '--identity', keyPath]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Backup is intact.');
    expect(pieces.length).toBeGreaterThan(1);
    const r = await runCli(['backup', 'verify', ...pieces.slice(0, -1), '--identity', keyPath]);
    // The missing piece is named by its number and its file name.
    const dropped = pieces[pieces.length - 1]!;
    const number = /piece-(\d+)-of-/.exec(dropped)![1];
    expect(r.stderr).toContain(`Piece ${number} of ${pieces.length} (${basename(dropped)}) is missing`);
  });

  it('split refuses a passphrase that does not open the backup, and writes no piece', async () => {
    const folder = dirs.make('passphrase-pieces');
    const r = await runCli(['backup', 'split', files[0]!, '--to', folder, '--passphrase-stdin'], { input: 'a passphrase it never had\n' });
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(true);
    expect(r.stderr).toContain('That backup passphrase does not open this backup file.');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('apply --replica builds a replica from the full backup, then takes links and refuses a repeat', async () => {
    const replica = join(dirs.make('ho'), 'KGL');
    const first = await runCli(['backup', 'apply', files[0]!, files[1]!, '--replica', replica, '--identity', keyPath]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Replica created');
    expect(existsSync(join(replica, 'amizero.db'))).toBe(true);
    const next = await runCli(['backup', 'apply', files[3]!, files[2]!, '--replica', replica, '--identity', keyPath]);
    expect(next.stdout).toContain('now at link 3');
    const again = await runCli(['backup', 'apply', files[3]!, '--replica', replica, '--identity', keyPath]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Link 3 (link-3.age) was given twice or has already been applied');
  });
});

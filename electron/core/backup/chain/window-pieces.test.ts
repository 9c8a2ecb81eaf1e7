import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { buildTemplate, copyVault, expectError, openCore, signIn, TempDirs, type VaultTemplate } from '../../testing/vault-fixture';
import { chosen, chosenSource } from '../../testing/chosen';
import { addFiller } from '../../testing/filler';

/**
 * Pieces for e-mail in the window: backup.split cuts a chosen backup into a chosen folder;
 * verify and restore take any one piece (the others are found beside it or in the folder
 * picked), and name a missing one.
 */
const dirs = new TempDirs();
const PASSPHRASE = 'a long backup passphrase for the pieces';
let template: VaultTemplate;
let core: Core;
let backup: string;

beforeAll(async () => {
  template = await buildTemplate(dirs, {});
  core = openCore(copyVault(template.dir, dirs, 'site'));
  await signIn(core, template.manager);
  addFiller(core.state.session!.sqlite, core.state.session!.user.id, 3);
  const made = await core.call('backup.create', {
    folderToken: await chosen(core, 'backupFolder', dirs.make('stick')),
    passphrase: PASSPHRASE,
  });
  backup = made.path;
});
afterAll(async () => {
  await core.close();
  dirs.cleanup();
});

async function split(pieceMB: number): Promise<{ folder: string; pieces: string[] }> {
  const folder = dirs.make('pieces');
  const r = await core.call('backup.split', {
    sourceToken: await chosen(core, 'backupFile', backup),
    folderToken: await chosen(core, 'backupFolder', folder),
    pieceMB,
    passphrase: PASSPHRASE,
  });
  return { folder, pieces: r.pieces };
}

// Every piece is sealed and opened with the passphrase's scrypt (2^18): a dozen derivations a test, slow on a busy machine.
describe('pieces for e-mail in the window', { timeout: 180_000 }, () => {
  it('splits a chosen backup into numbered pieces in the chosen folder, and verifies from any one of them', async () => {
    const { folder, pieces } = await split(1);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(readdirSync(folder).sort()).toEqual([...pieces].sort());
    const summary = await core.call('backup.verify', { ...(await chosenSource(core, join(folder, pieces[2]!))), passphrase: PASSPHRASE });
    expect(summary.siteCode).toBe('KGL');
  });

  it('names a missing piece by its number and file, and refuses a piece size out of range', async () => {
    const { folder, pieces } = await split(1);
    rmSync(join(folder, pieces[1]!));
    const e = await expectError(core, 'backup.verify', { ...(await chosenSource(core, join(folder, pieces[0]!))), passphrase: PASSPHRASE });
    expect(e.code).toBe('BACKUP_PIECE_MISSING');
    expect(e.params).toMatchObject({ piece: 2, of: pieces.length, file: pieces[1] });
    const bad = await expectError(core, 'backup.split', {
      sourceToken: await chosen(core, 'backupFile', backup),
      folderToken: await chosen(core, 'backupFolder', folder),
      pieceMB: 0,
      passphrase: PASSPHRASE,
    });
    expect(bad.code).toBe('VALIDATION');
  });

  it('refuses a passphrase that does not open the chosen backup, writing nothing, and keeps the choices for a retry', async () => {
    const folder = dirs.make('pieces');
    const sourceToken = await chosen(core, 'backupFile', backup);
    const folderToken = await chosen(core, 'backupFolder', folder);
    const e = await expectError(core, 'backup.split', {
      sourceToken,
      folderToken,
      pieceMB: 1,
      passphrase: 'not the passphrase of this backup',
    });
    expect(e.code).toBe('BACKUP_WRONG_PASSPHRASE');
    expect(e.fields?.map((f) => [f.path, f.code])).toEqual([['passphrase', 'notBackupPassphrase']]);
    expect(readdirSync(folder)).toEqual([]);
    // A refused call leaves the person's choices usable: they correct the passphrase only.
    const r = await core.call('backup.split', { sourceToken, folderToken, pieceMB: 1, passphrase: PASSPHRASE });
    expect(readdirSync(folder).sort()).toEqual([...r.pieces].sort());
  });

  it('restores on a new computer from pieces in a folder picked apart from the chosen one', async () => {
    const { folder, pieces } = await split(1);
    const laptop = openCore(join(dirs.make('laptop'), 'vault'));
    const lone = dirs.make('lone');
    copyFileSync(join(folder, pieces.at(-1)!), join(lone, pieces.at(-1)!));
    const preview = await laptop.call('backup.previewNew', {
      ...(await chosenSource(laptop, join(lone, pieces.at(-1)!))),
      passphrase: PASSPHRASE,
      linksFolderToken: await chosen(laptop, 'backupFolder', folder),
    });
    expect(preview.summary.siteCode).toBe('KGL');
    const r = await laptop.call('backup.restoreNew', {
      ...preview.renewed,
      passphrase: PASSPHRASE,
      trust: { method: 'account', username: template.manager.username, password: template.manager.password },
    });
    expect(r.summary.siteCode).toBe('KGL');
    await laptop.close();
  });
});

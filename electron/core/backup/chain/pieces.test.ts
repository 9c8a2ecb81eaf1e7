import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core';
import { buildTemplate, copyVault, openCore, signIn, TempDirs, type VaultTemplate } from '../../testing/vault-fixture';
import { addFiller } from '../../testing/filler';
import { generateIdentity, parseIdentityFile, type AgeSecrets } from '../age';
import { requireAgeCli, runAge } from '../testing/age-tools';
import { chainFull, chainLink, refusalOf } from '../testing/chain-fixture';
import { verifyBackup } from '../verify';
import { BLOCK, padding, parseTarHeader } from '../tar';
import { joinPieces, splitIntoPieces } from './pieces';
import { verifyChain } from './rebuild';

const dirs = new TempDirs();
let template: VaultTemplate;
let core: Core;
let key: { identity: string; recipient: string; path: string };
let secrets: AgeSecrets;
let full: string;
let pieces: string[];

beforeAll(async () => {
  requireAgeCli();
  template = await buildTemplate(dirs, {});
  core = openCore(copyVault(template.dir, dirs, 'source'));
  await signIn(core, template.manager);
  addFiller(core.state.session!.sqlite, core.state.session!.user.id, 3);
  key = { ...generateIdentity(), path: join(dirs.make('keys'), 'head-office.txt') };
  writeFileSync(key.path, `${key.identity}\n`, { mode: 0o600 });
  secrets = { identities: parseIdentityFile(`${key.identity}\n`) };
  const out = dirs.make('full');
  full = await chainFull(core, out, 'amizero-KGL-full.age', key.recipient);
  pieces = await splitIntoPieces(full, { recipients: [key.recipient] }, 1, dirs.make('pieces'));
});
afterAll(() => dirs.cleanup());

describe('pieces for e-mail', () => {
  it('cuts a backup into numbered pieces of at most N MB that join, in any order, into the same file', async () => {
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(pieces.map((p) => basename(p))[0]).toBe('amizero-KGL-full.age.piece-1-of-' + pieces.length + '.age');
    for (const p of pieces) expect(readFileSync(p).length).toBeLessThan(1024 * 1024 + 4096);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(pieces, { minLength: pieces.length }), async (given) => {
        const joined = await joinPieces(given, secrets, { single: true });
        try {
          expect(joined.files).toHaveLength(1);
          expect(readFileSync(joined.files[0]!).equals(readFileSync(full))).toBe(true);
        } finally {
          joined.cleanup();
        }
      }),
      { numRuns: 3 },
    );
    const joined = await joinPieces(pieces, secrets, { single: true });
    try {
      expect((await verifyBackup(joined.files[0]!, secrets)).siteCode).toBe('KGL');
    } finally {
      joined.cleanup();
    }
    // The joined (still encrypted) file's private folder is gone once done.
    expect(existsSync(join(joined.files[0]!, '..'))).toBe(false);
  });

  it('names a missing piece', async () => {
    const e = await refusalOf(joinPieces([...pieces.slice(0, 2), ...pieces.slice(3)], secrets, { single: true }));
    expect(e.code).toBe('BACKUP_PIECE_MISSING');
    expect(e.params).toMatchObject({ piece: 3, of: pieces.length });
  });

  it('refuses pieces of two backups mixed: the same backup cut twice, or another backup', async () => {
    const other = await splitIntoPieces(full, { recipients: [key.recipient] }, 2, dirs.make('other-pieces'));
    const e = await refusalOf(joinPieces([...pieces.slice(0, 2), other[0]!], secrets, { single: true }));
    expect(e.code).toBe('BACKUP_PIECES_MIXED');
    // A later backup of the same vault, cut the same way: same names but for the stamp, other bytes.
    const later = await chainFull(core, dirs.make('later'), 'amizero-KGL-later.age', key.recipient);
    const laterPieces = await splitIntoPieces(later, { recipients: [key.recipient] }, 1, dirs.make('later-pieces'));
    const mixed = await refusalOf(joinPieces([...pieces.slice(0, -1), laterPieces.at(-1)!], secrets, { single: true }));
    expect(mixed.code).toBe('BACKUP_PIECES_MIXED');
    expect(mixed.params).toMatchObject({ file: expect.stringMatching(/^amizero-KGL-(later|full)\.age\.piece-/) });
  });

  it('refuses a passphrase for a backup that a passphrase does not open, before writing anything', async () => {
    const folder = dirs.make('passphrase-pieces');
    const e = await refusalOf(splitIntoPieces(full, { passphrase: 'a passphrase this backup never had' }, 1, folder));
    expect(e.code).toBe('BACKUP_WRONG_PASSPHRASE');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a tampered piece', async () => {
    const bad = join(dirs.make('bad'), basename(pieces[1]!));
    const bytes = Buffer.from(readFileSync(pieces[1]!));
    bytes[bytes.length - 100]! ^= 1;
    writeFileSync(bad, bytes);
    expect((await refusalOf(joinPieces([pieces[0]!, bad, ...pieces.slice(2)], secrets))).code).toBe('BACKUP_DAMAGED');
  });

  it('is a standard age file the stock tool decrypts: piece.json and the part', () => {
    const tar = runAge(['-d', '-i', key.path], readFileSync(pieces[0]!));
    const head = parseTarHeader(tar.subarray(0, BLOCK))!;
    expect(head.name).toBe('piece.json');
    const piece = JSON.parse(tar.toString('utf8', BLOCK, BLOCK + head.size)) as { index: number; pieces: string[] };
    expect(piece.index).toBe(1);
    expect(piece.pieces).toEqual(pieces.map((p) => basename(p)));
    const at = BLOCK + head.size + padding(head.size).length;
    expect(parseTarHeader(tar.subarray(at, at + BLOCK))!.name).toBe('part.bin');
  });

  it('cut links of a chain verify as a chain', async () => {
    const out = dirs.make('chain');
    const base = await chainFull(core, out, 'full.age', key.recipient);
    addFiller(core.state.session!.sqlite, core.state.session!.user.id, 2);
    const link = await chainLink(core, out, 'link-1.age', key.recipient);
    const cut = await splitIntoPieces(link.path, { recipients: [key.recipient] }, 1, dirs.make('link-pieces'));
    expect(cut.length).toBeGreaterThan(1);
    expect((await verifyChain([...cut.reverse(), base], secrets)).formatVersion).toBe(3);
    rmSync(out, { recursive: true });
  });
});

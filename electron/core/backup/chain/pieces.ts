import { createHash } from 'node:crypto';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../../shared/errors';
import { PIECE_MB } from '../../../../shared/contract/channels/backup';
import { AgeError, ageDecrypt, assertOpensHeader, type AgeRecipients, type AgeSecrets } from '../age';
import { PlainReader, readFileChunks } from '../unpack';
import { damaged, toBackupError } from '../errors';
import { publishExclusive } from '../../fs/exclusive';
import { fsyncDir } from '../../fs/atomic';
import { throwIfCancelled } from '../operations';
import { withBackupWriter, writePartial } from '../writer';
import { BLOCK, END_OF_ARCHIVE, padding, parseTarHeader, tarHeader } from '../tar';

/**
 * Pieces for e-mail: a backup file (full or link) cut into parts of at most N MB, each
 * sealed again as an age file of its own to the same recipients or passphrase. A piece
 * holds `piece.json` (which file it belongs to, its place, every piece's name) and
 * `part.bin`: a slice of the backup file as it is, still encrypted. So pieces need no key
 * but the recipients to make, joined they give back the very same backup file, and
 * nothing in clear is written when they are made or joined.
 */
export const PIECE_FORMAT = 'amizero-backup-piece';
const MEMBER = { piece: 'piece.json', part: 'part.bin' } as const;
/** A piece is held in memory when joined: past 2 GiB it would not fit a Buffer anyway. */
export const DEFAULT_PIECE_MB = PIECE_MB.default;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const pieceSchema = z
  .object({
    format: z.literal(PIECE_FORMAT),
    version: z.literal(1),
    /** The whole file the pieces rebuild. */
    of: z.object({ name: z.string().min(1).max(255), size: z.number().int().positive(), sha256: sha256Hex }).strict(),
    index: z.number().int().positive(),
    count: z.number().int().positive(),
    offset: z.number().int().nonnegative(),
    size: z.number().int().positive(),
    sha256: sha256Hex,
    /** Every piece's file name, so whoever receives them knows when they have them all. */
    pieces: z.array(z.string().min(1).max(300)).min(1),
  })
  .strict();
type Piece = z.infer<typeof pieceSchema>;

export function pieceName(file: string, index: number, count: number): string {
  const width = String(count).length;
  return `${basename(file)}.piece-${String(index).padStart(width, '0')}-of-${count}.age`;
}

export interface SplitOptions {
  signal?: AbortSignal;
  /** Bytes of the backup file read so far, out of twice its size: once to hash, once to seal. */
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

/** The whole file's sha256 and each piece's, in one streamed read (the file may be hundreds of MB). */
async function hashPieces(file: string, size: number, pieceBytes: number, o: SplitOptions): Promise<{ whole: string; parts: string[] }> {
  const whole = createHash('sha256');
  const parts: string[] = [];
  let part = createHash('sha256');
  let inPart = 0;
  let done = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 4 << 20 })) {
    throwIfCancelled(o.signal);
    let b = chunk as Buffer;
    whole.update(b);
    while (b.length > 0) {
      const take = Math.min(pieceBytes - inPart, b.length);
      part.update(b.subarray(0, take));
      inPart += take;
      b = b.subarray(take);
      if (inPart === pieceBytes) {
        parts.push(part.digest('hex'));
        part = createHash('sha256');
        inPart = 0;
      }
    }
    done += (chunk as Buffer).length;
    o.onProgress?.(done, size * 2);
  }
  if (inPart > 0) parts.push(part.digest('hex'));
  if (done !== size) throw new AppError('INTERNAL', 'the backup file changed while being cut');
  return { whole: whole.digest('hex'), parts };
}

/**
 * Pieces under a passphrase must be under the backup's own: the receiver opens both with
 * what they were told, and a typo here would leave them with pieces they can open around
 * a backup they cannot. A backup sealed to keys has no passphrase, so any is refused.
 */
async function assertOwnPassphrase(file: string, passphrase: string): Promise<void> {
  const chunks = readFileChunks(file, {});
  try {
    await assertOpensHeader(chunks, { passphrase });
  } catch (e) {
    if (e instanceof AgeError && (e.kind === 'wrong-passphrase' || e.kind === 'no-identity'))
      throw new AppError('BACKUP_WRONG_PASSPHRASE', `the passphrase does not open ${basename(file)}`, {
        fields: [{ path: 'passphrase', code: 'notBackupPassphrase', message: 'the passphrase of another file' }],
      });
    throw toBackupError(e, 'read');
  } finally {
    await chunks.return(undefined);
  }
}

/**
 * Writes the pieces into `outDir`; returns their paths, first to last. Each is sealed on
 * the worker thread from its slice of the file and published under its name only when
 * whole; a failure or cancel removes every piece already written. A passphrase must open
 * the backup itself, checked before anything is read or written.
 */
export async function splitIntoPieces(
  file: string,
  protection: AgeRecipients,
  pieceMB: number,
  outDir: string,
  o: SplitOptions = {},
): Promise<string[]> {
  if (!Number.isInteger(pieceMB) || pieceMB < PIECE_MB.min || pieceMB > PIECE_MB.max)
    throw new AppError('VALIDATION', 'piece size out of range');
  if ('passphrase' in protection) await assertOwnPassphrase(file, protection.passphrase);
  const size = statSync(file).size;
  const pieceBytes = pieceMB * 1024 * 1024;
  const count = Math.max(1, Math.ceil(size / pieceBytes));
  const names = Array.from({ length: count }, (_, i) => pieceName(file, i + 1, count));
  const written: string[] = [];
  try {
    const sums = await hashPieces(file, size, pieceBytes, o);
    const of = { name: basename(file), size, sha256: sums.whole };
    for (let i = 0; i < count; i++) {
      const offset = i * pieceBytes;
      const partSize = Math.min(pieceBytes, size - offset);
      const piece: Piece = {
        format: PIECE_FORMAT,
        version: 1,
        of,
        index: i + 1,
        count,
        offset,
        size: partSize,
        sha256: sums.parts[i]!,
        pieces: names,
      };
      const json = Buffer.from(JSON.stringify(piece, null, 2) + '\n');
      const out = join(outDir, names[i]!);
      await withBackupWriter({ protection, outPath: out, now: o.now ?? new Date() }, async ({ start, partial }) => {
        await writePartial(partial, start, {
          prefix: Buffer.concat([tarHeader(MEMBER.piece, json.length, 0), json, padding(json.length), tarHeader(MEMBER.part, partSize, 0)]),
          sourcePath: file,
          sourceOffset: offset,
          size: partSize,
          suffix: () => Promise.resolve(Buffer.concat([padding(partSize), END_OF_ARCHIVE])),
          signal: o.signal,
          onProgress: (done) => o.onProgress?.(size + offset + done, size * 2),
        });
        throwIfCancelled(o.signal);
        publishExclusive(partial, out);
      });
      written.push(out);
    }
    fsyncDir(outDir);
    return written;
  } catch (e) {
    for (const w of written) rmSync(w, { force: true });
    throw toBackupError(e, 'write');
  }
}

/** A piece's header and part, decrypted and authenticated to its last chunk; null (after its first block) when the file is not a piece. */
async function readPiece(file: string, secrets: AgeSecrets): Promise<{ piece: Piece; part: Buffer } | null> {
  const r = new PlainReader(ageDecrypt(readFileChunks(file, {}), secrets));
  try {
    let head;
    try {
      head = parseTarHeader(await r.read(BLOCK));
    } catch {
      return null;
    }
    if (head?.name !== MEMBER.piece) return null;
    let piece: Piece;
    try {
      piece = pieceSchema.parse(JSON.parse((await r.read(head.size)).toString('utf8')));
    } catch {
      throw damaged(`${basename(file)}: piece.json is not what it should be`);
    }
    await r.read(padding(head.size).length);
    const partHead = parseTarHeader(await r.read(BLOCK));
    if (partHead?.name !== MEMBER.part || partHead.size !== piece.size) throw damaged(`${basename(file)}: the part is missing`);
    const part = Buffer.from(await r.read(piece.size));
    await r.read(padding(piece.size).length);
    await r.drain();
    if (createHash('sha256').update(part).digest('hex') !== piece.sha256)
      throw damaged(`${basename(file)}: the part does not match its checksum`);
    return { piece, part };
  } catch (e) {
    throw toBackupError(e, 'read');
  } finally {
    await r.close();
  }
}

/**
 * When `file` is a piece: it and the other pieces its list names that are in `folders`
 * (the chosen piece's own folder, a folder the person picked), in no particular order;
 * whatever is missing joinPieces then names. Null when `file` is not a piece.
 */
export async function piecesBeside(file: string, secrets: AgeSecrets, folders: string[]): Promise<string[] | null> {
  const read = await readPiece(file, secrets);
  if (!read) return null;
  read.part.fill(0);
  const found = new Set([resolve(file)]);
  for (const name of read.piece.pieces)
    for (const folder of folders) {
      const path = resolve(folder, basename(name));
      if (statSync(path, { throwIfNoEntry: false })?.isFile()) found.add(path);
    }
  return [...found];
}

/**
 * Replaces the pieces among `files` by the backup files they rebuild, written (as they
 * were: encrypted) into a private temporary folder that `cleanup` removes. Pieces may come
 * in any order; a missing one is named, pieces of two backups are refused. Files that are
 * not pieces pass through. With `single`, all pieces must be of one file (pieces of each
 * link of a chain are fine otherwise).
 */
export async function joinPieces(
  files: string[],
  secrets: AgeSecrets,
  o: { single?: boolean } = {},
): Promise<{ files: string[]; cleanup: () => void }> {
  const groups = new Map<string, Map<number, { piece: Piece; part: Buffer; file: string }>>();
  const plain: string[] = [];
  let dir: string | null = null;
  const cleanup = () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const f of files) {
      const read = await readPiece(f, secrets);
      if (!read) {
        plain.push(f);
        continue;
      }
      const key = `${read.piece.of.sha256}:${read.piece.count}`;
      const group = groups.get(key) ?? new Map();
      groups.set(key, group);
      const twin = group.get(read.piece.index);
      if (twin && twin.piece.sha256 !== read.piece.sha256) throw damaged(`two different pieces claim to be piece ${read.piece.index}`);
      group.set(read.piece.index, { ...read, file: f });
    }
    if (o.single && (groups.size > 1 || (groups.size === 1 && plain.length > 0))) {
      const odd = [...groups.values()][1]?.values().next().value?.file ?? plain[0]!;
      throw new AppError('BACKUP_PIECES_MIXED', `${basename(odd)} is a piece of another backup`, { params: { file: basename(odd) } });
    }
    const joined: string[] = [];
    for (const group of groups.values()) {
      const first = [...group.values()][0]!;
      const { of, count } = first.piece;
      for (let i = 1; i <= count; i++)
        if (!group.has(i))
          throw new AppError('BACKUP_PIECE_MISSING', `piece ${i} of ${count} (${first.piece.pieces[i - 1]}) is missing`, {
            params: { piece: i, of: count, file: first.piece.pieces[i - 1] ?? '' },
          });
      dir ??= mkdtempSync(join(tmpdir(), 'amizero-pieces-'));
      const out = join(dir, of.name.replace(/[^A-Za-z0-9._-]/g, '_'));
      const hash = createHash('sha256');
      const fd = openSync(out, 'wx', 0o600);
      try {
        let expected = 0;
        for (let i = 1; i <= count; i++) {
          const p = group.get(i)!;
          if (p.piece.offset !== expected) throw damaged(`piece ${i} does not start where piece ${i - 1} ends`);
          writeSync(fd, p.part, 0, p.part.length, p.piece.offset);
          hash.update(p.part);
          expected += p.part.length;
        }
        if (expected !== of.size || hash.digest('hex') !== of.sha256) throw damaged('the pieces do not rebuild the file they name');
      } finally {
        closeSync(fd);
      }
      joined.push(out);
    }
    return { files: [...plain, ...joined], cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

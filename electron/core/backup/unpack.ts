import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { keyringSchema } from '../../../shared/files/keyring';
import { MIGRATION_NAMES } from '../../../migrations';
import { ageDecrypt, type AgeSecrets } from './age';
import {
  BACKUP_FORMAT_VERSION,
  DATA_MEMBERS,
  MEMBER,
  manifestHeadSchema,
  manifestFileSchema,
  trailerSchema,
  type ImageManifest,
  type Manifest,
  type Trailer,
} from './manifest';
import { BLOCK, parseTarHeader } from './tar';
import { BLANKED_KEY, extractManifestKey } from './manifest-key';
import { damaged, toBackupError } from './errors';
import { writeGathered } from './io';
import { verifyPages, pageAuthOk } from '../db/page-auth';
import { readFacts, withDatabaseCopy } from './snapshot';
import { assertPinnedSchema } from '../db/schema-pin';
import { copySecret } from '../db/raw-key';

/** The manifest and keyring are small; anything bigger is not one of ours. */
const MAX_SMALL_MEMBER = 1024 * 1024;

/** Reads exact byte counts from the decrypted stream. */
export class PlainReader {
  private rest: Buffer = Buffer.alloc(0);
  private readonly it: AsyncIterator<Buffer>;
  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }
  private async fill(): Promise<boolean> {
    const next = await this.it.next();
    if (next.done) return false;
    if (this.rest.length === 0) this.rest = next.value;
    else {
      // The plaintext holds the manifest (and in it the data key): copies are wiped once merged.
      const merged = Buffer.concat([this.rest, next.value]);
      this.rest.fill(0);
      next.value.fill(0);
      this.rest = merged;
    }
    return true;
  }
  async read(n: number): Promise<Buffer> {
    while (this.rest.length < n) if (!(await this.fill())) throw notOurs('archive ends early');
    const out = this.rest.subarray(0, n);
    this.rest = this.rest.subarray(n);
    return out;
  }
  /** Passes the next n bytes to `sink` without collecting them. */
  async forward(n: number, sink: (chunk: Buffer) => Promise<void>): Promise<void> {
    let left = n;
    while (left > 0) {
      if (this.rest.length === 0 && !(await this.fill())) throw notOurs('archive ends early');
      const take = this.rest.subarray(0, Math.min(left, this.rest.length));
      this.rest = this.rest.subarray(take.length);
      left -= take.length;
      await sink(take);
    }
  }
  /** Stops reading early (a caller that needed only the first members): the file is closed. */
  async close(): Promise<void> {
    // What was not read may hold the manifest, and with it the data key.
    this.rest.fill(0);
    this.rest = Buffer.alloc(0);
    await this.it.return?.();
  }
  /** Reads to the end: the age layer authenticates the last chunk only then. Only zero padding may follow the archive. */
  async drain(): Promise<void> {
    for (;;) {
      if (this.rest.some((b) => b !== 0)) throw notOurs('data after the end of the archive');
      this.rest = Buffer.alloc(0);
      if (!(await this.fill())) return;
    }
  }
}

export function notOurs(message: string): AppError {
  return new AppError('BACKUP_NOT_A_BACKUP', `not an Amizero backup: ${message}`);
}

export async function nextEntry(r: PlainReader, expected: string): Promise<number> {
  const block = await r.read(BLOCK);
  let entry;
  try {
    entry = parseTarHeader(block);
  } catch (e) {
    throw notOurs((e as Error).message);
  }
  if (!entry || entry.name !== expected) throw notOurs(`expected ${expected} in the archive`);
  return entry.size;
}

export async function readSmall(r: PlainReader, name: string): Promise<Buffer> {
  const size = await nextEntry(r, name);
  if (size > MAX_SMALL_MEMBER) throw notOurs(`${name} is too large`);
  const view = await r.read(size);
  const data = copySecret(view);
  // The manifest holds the data key: the decrypted bytes it came from are wiped once copied.
  view.fill(0);
  await r.read((BLOCK - (size % BLOCK)) % BLOCK);
  return data;
}

export function parseManifest(bytes: Buffer): { manifest: Manifest; dataKey: Buffer } {
  const split = extractManifestKey(bytes);
  let json: unknown;
  try {
    json = JSON.parse(split?.json ?? bytes.toString('utf8'));
  } catch {
    split?.dataKey.fill(0);
    throw notOurs('manifest is not JSON');
  }
  try {
    return { manifest: checkManifest(json, split !== null), dataKey: split!.dataKey };
  } catch (e) {
    split?.dataKey.fill(0);
    throw e;
  }
}

function checkManifest(json: unknown, hadKey: boolean): Manifest {
  const head = manifestHeadSchema.safeParse(json);
  if (!head.success) throw notOurs('no Amizero manifest');
  if (head.data.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new AppError(
      'BACKUP_TOO_NEW',
      `backup format ${head.data.formatVersion} is newer than this app reads (${BACKUP_FORMAT_VERSION})`,
    );
  }
  const full = manifestFileSchema.safeParse(json);
  // The key was read from the bytes; the parsed value must be the blank left in its place.
  if (!full.success || !hadKey || full.data.dataKeyHex !== BLANKED_KEY) throw notOurs('manifest does not have the expected structure');
  if (full.data.members.map((m) => m.name).join() !== DATA_MEMBERS.join()) throw notOurs('unexpected members in the manifest');
  // Format 1 carries every sum up front; format 2 all but the database's, which the trailer brings.
  for (const m of full.data.members)
    if (!m.sha256 && (full.data.formatVersion === 1 || m.name !== MEMBER.db)) throw notOurs(`no checksum for ${m.name}`);
  if (full.data.schemaVersion && !MIGRATION_NAMES.includes(full.data.schemaVersion)) {
    throw new AppError('BACKUP_TOO_NEW', `backup schema ${full.data.schemaVersion} is newer than this app knows`);
  }
  const { dataKeyHex: _blank, ...manifest } = full.data;
  return manifest;
}

function parseTrailer(bytes: Buffer): Trailer {
  try {
    return trailerSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    throw damaged('checksums.json is not what it should be');
  }
}

export interface ReadOptions {
  /** Checked between chunks: an aborted read stops with BACKUP_CANCELLED. */
  signal?: AbortSignal;
  /** Bytes of the backup file read so far, of its size. */
  onProgress?: (done: number, total: number) => void;
  /** Everything is read; the pages and the database are being checked (no byte count for that). */
  onChecking?: () => void;
}

/** The file's bytes, counted for progress and stopped on cancel. */
export async function* readFileChunks(file: string, o: ReadOptions): AsyncGenerator<Buffer> {
  const total = statSync(file).size;
  let done = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 4 << 20 })) {
    if (o.signal?.aborted) throw new AppError('BACKUP_CANCELLED', 'cancelled');
    done += (chunk as Buffer).length;
    yield chunk as Buffer;
    o.onProgress?.(done, total);
  }
}

export interface Unpacked {
  /** In memory only: it holds the data key. */
  manifest: ImageManifest;
  dataKey: Buffer;
  keyringBytes: Buffer;
  /** The snapshot, still encrypted with its own key. */
  dbPath: string;
}

/**
 * Decrypts and unpacks a backup into `dir`: only the (encrypted) database is written;
 * the manifest stays in memory. Everything, to the last age chunk, is read and
 * authenticated before this returns, and each member's size and sha256 is checked.
 */
export async function unpackBackup(file: string, secrets: AgeSecrets, dir: string, o: ReadOptions = {}): Promise<Unpacked> {
  const dbPath = join(dir, MEMBER.db);
  let dataKey: Buffer | null = null;
  try {
    const r = new PlainReader(ageDecrypt(readFileChunks(file, o), secrets));
    const parsed = parseManifest(await readSmall(r, MEMBER.manifest));
    const { manifest } = parsed;
    dataKey = parsed.dataKey;
    const keyringBytes = await readSmall(r, MEMBER.keyring);
    const dbSize = await nextEntry(r, MEMBER.db);
    const hash = createHash('sha256');
    const fh = await open(dbPath, 'wx', 0o600);
    try {
      // Decrypted 64 KiB chunks go to disk in ~4 MiB writes, as in create.ts.
      let batch: Buffer[] = [];
      let batched = 0;
      let position = 0;
      const flush = async () => {
        const bufs = batch;
        const bytes = batched;
        batch = [];
        batched = 0;
        await writeGathered(fh, bufs, bytes, position);
        position += bytes;
      };
      await r.forward(dbSize, async (chunk) => {
        hash.update(chunk);
        batch.push(chunk);
        batched += chunk.length;
        if (batched >= 4 << 20 || batch.length >= 512) await flush();
      });
      if (batched > 0) await flush();
      await fh.sync();
    } finally {
      await fh.close();
    }
    await r.read((BLOCK - (dbSize % BLOCK)) % BLOCK);
    const trailer = manifest.formatVersion >= 2 ? parseTrailer(await readSmall(r, MEMBER.checksums)) : null;
    await r.drain();
    const got = {
      [MEMBER.keyring]: { size: keyringBytes.length, sha256: createHash('sha256').update(keyringBytes).digest('hex') },
      [MEMBER.db]: { size: dbSize, sha256: hash.digest('hex') },
    };
    for (const m of manifest.members) {
      const g = got[m.name as keyof typeof got];
      const t = trailer?.members.find((x) => x.name === m.name);
      const sha256 = m.sha256 ?? t?.sha256;
      if (!g || !sha256 || g.size !== m.size || g.sha256 !== sha256 || (t && t.size !== m.size))
        throw damaged(`${m.name} does not match its checksum`);
    }
    return { manifest, dataKey, keyringBytes, dbPath };
  } catch (e) {
    dataKey?.fill(0);
    throw toBackupError(e, 'read');
  }
}

/**
 * Proves the unpacked snapshot is what the manifest says: every page authenticates
 * under the key, SQLite's integrity_check passes, row counts and schema match, and
 * the keyring has the expected shape.
 */
export async function checkUnpacked(u: Unpacked): Promise<{ vaultId: string }> {
  let keyring: unknown;
  try {
    keyring = JSON.parse(u.keyringBytes.toString('utf8'));
  } catch {
    throw damaged('keyring.json is not JSON');
  }
  const parsedKeyring = keyringSchema.safeParse(keyring);
  if (!parsedKeyring.success) throw damaged('keyring.json does not have the expected structure');
  const pages = await verifyPages(u.dbPath, u.dataKey, u.manifest.cipher.pageSize);
  if (!pageAuthOk(pages)) throw damaged('database pages fail authentication');
  try {
    await withDatabaseCopy(u.dbPath, u.dataKey, async (db) => {
      await assertPinnedSchema(db);
      const check = db.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw damaged('database integrity check failed');
      const facts = readFacts(db);
      if (facts.schemaVersion !== u.manifest.schemaVersion) throw damaged('schema version does not match the manifest');
      if (JSON.stringify(sortKeys(facts.counts)) !== JSON.stringify(sortKeys(u.manifest.counts)))
        throw damaged('record counts do not match the manifest');
      const head = u.manifest.auditHead;
      if (head && (facts.auditHead?.count !== head.count || facts.auditHead.hash !== head.hash))
        throw damaged('the audit log does not match the head recorded in the manifest');
    });
  } catch (e) {
    if (e instanceof AppError && e.code !== 'DATABASE_DAMAGED') throw e;
    throw damaged(e instanceof Error ? e.message : 'database cannot be opened');
  }
  if (existsSync(u.dbPath + '-wal')) throw new AppError('INTERNAL', 'snapshot log was left behind');
  return { vaultId: parsedKeyring.data.vaultId };
}

function sortKeys(o: Record<string, number>): [string, number][] {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}

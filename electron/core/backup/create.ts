import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readFileSync, renameSync, rmSync, statSync, existsSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { ageEncryptor, DEFAULT_SCRYPT_LOG_N, MAX_SCRYPT_LOG_N, type AgeRecipients } from './age';
import { fsyncDir } from '../fs/atomic';
import type { SqliteDb } from '../db/open';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MEMBER, summarise, type BackupSummary, type FormatVersion, type Manifest } from './manifest';
import { END_OF_ARCHIVE, padding, tarHeader } from './tar';
import { takeSnapshot, type Snapshot } from './snapshot';
import { toBackupError } from './errors';
import { hashFileInBackground, writeGathered, type BackgroundHash } from './io';

export interface BackupProgress {
  /** Database bytes written so far and in total (the manifest and keyring are negligible). */
  done: number;
  total: number;
}

export interface CreateBackupOptions {
  /** The live, open database (the session's connection). */
  sqlite: SqliteDb;
  /** The data key, lent for the duration; copied into the manifest, never to disk in clear. */
  dataKey: Buffer;
  keyringPath: string;
  /** Where a snapshot copy (encrypted) is made if the live file cannot be frozen: the data folder. */
  workDir: string;
  /** Final path; already validated (see locations.ts). */
  outPath: string;
  protection: AgeRecipients;
  appVersion: string;
  organisationName: string;
  siteCode: string;
  createdBy: string | null;
  now: Date;
  signal?: AbortSignal;
  onProgress?: (p: BackupProgress) => void;
  /** Only tests and the benchmark write the older format 1, to prove it still reads. */
  formatVersion?: FormatVersion;
}

export interface CreatedBackup {
  path: string;
  fileBytes: number;
  summary: BackupSummary;
}

/**
 * Reads and writes go in 4 MiB pieces: each one is a round trip through libuv's thread
 * pool, and on a busy machine every round trip waits for the scheduler. Memory stays a
 * few MiB whatever the database size.
 */
const IO_CHUNK = 4 << 20;

async function sha256File(path: string, size: number): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: IO_CHUNK, end: size - 1 })) h.update(chunk as Buffer);
  return h.digest('hex');
}

function checkCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AppError('BACKUP_CANCELLED', 'the backup was cancelled');
}

/**
 * Snapshot → tar (manifest, keyring, database) → age → `<name>.partial-<random>` in the
 * destination folder → fsync → rename → fsync the folder. Whatever happens (error,
 * cancel, kill), no file ever carries the final name unless it is complete, and the
 * snapshot is released (read transaction ended or copy removed).
 */
export async function createBackup(o: CreateBackupOptions): Promise<CreatedBackup> {
  checkCancelled(o.signal);
  const logN = 'passphrase' in o.protection ? (o.protection.scryptLogN ?? DEFAULT_SCRYPT_LOG_N) : null;
  // Our own backups never go below age's default work factor, nor above what readers accept.
  if (logN !== null && (logN < DEFAULT_SCRYPT_LOG_N || logN > MAX_SCRYPT_LOG_N))
    throw new AppError('INTERNAL', 'scrypt work factor out of range');
  const encrypt = await ageEncryptor(o.protection).catch((e: unknown) => {
    throw toBackupError(e, 'write');
  });
  const partial = join(dirname(o.outPath), `.${basename(o.outPath)}.partial-${randomBytes(6).toString('hex')}`);
  let manifestBytes: Buffer | null = null;
  let snap: Snapshot | null = null;
  const background: { hash: BackgroundHash | null } = { hash: null };
  try {
    snap = await takeSnapshot(o.sqlite, o.workDir, o.dataKey);
    const { facts, size: dbSize } = snap;
    const snapshotPath = snap.path;
    const keyringBytes = readFileSync(o.keyringPath);
    const formatVersion = o.formatVersion ?? BACKUP_FORMAT_VERSION;
    // Format 1 hashes the database before writing (its sum goes first); format 2 while writing.
    const dbSha256 = formatVersion === 1 ? await sha256File(snapshotPath, dbSize) : undefined;
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion,
      appVersion: o.appVersion,
      schemaVersion: facts.schemaVersion,
      organisationName: o.organisationName,
      siteCode: o.siteCode,
      createdAt: o.now.toISOString(),
      createdBy: o.createdBy,
      counts: facts.counts,
      members: [
        { name: MEMBER.keyring, size: keyringBytes.length, sha256: createHash('sha256').update(keyringBytes).digest('hex') },
        { name: MEMBER.db, size: dbSize, ...(dbSha256 ? { sha256: dbSha256 } : {}) },
      ],
      cipher: { name: 'sqlcipher', legacy: 4, pageSize: facts.pageSize },
      dataKeyHex: o.dataKey.toString('hex'),
      compression: 'none',
    };
    manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8');
    const mtime = Math.floor(o.now.getTime() / 1000);
    const mb = manifestBytes;
    const signal = o.signal;
    const onProgress = o.onProgress;

    async function* tar(): AsyncGenerator<Buffer> {
      yield tarHeader(MEMBER.manifest, mb.length, mtime);
      yield mb;
      yield padding(mb.length);
      yield tarHeader(MEMBER.keyring, keyringBytes.length, mtime);
      yield keyringBytes;
      yield padding(keyringBytes.length);
      yield tarHeader(MEMBER.db, dbSize, mtime);
      let done = 0;
      // Format 2: hashed on another thread from its own read while this one encrypts.
      if (formatVersion !== 1) background.hash = hashFileInBackground(snapshotPath, dbSize);
      for await (const chunk of createReadStream(snapshotPath, { highWaterMark: IO_CHUNK, end: dbSize - 1 })) {
        checkCancelled(signal);
        done += (chunk as Buffer).length;
        yield chunk as Buffer;
        onProgress?.({ done, total: dbSize });
      }
      if (done !== dbSize) throw new AppError('INTERNAL', 'snapshot changed size while being written');
      yield padding(dbSize);
      if (background.hash) {
        const sha256 = await background.hash.result;
        const trailer = Buffer.from(JSON.stringify({ members: [{ name: MEMBER.db, size: dbSize, sha256 }] }) + '\n');
        yield tarHeader(MEMBER.checksums, trailer.length, mtime);
        yield trailer;
        yield padding(trailer.length);
      }
      yield END_OF_ARCHIVE;
    }

    const fh = await open(partial, 'wx', 0o600);
    try {
      await writeAll(fh, encrypt(tar()));
      await fh.sync();
    } finally {
      await fh.close();
    }
    checkCancelled(o.signal);
    // Checked again just before the rename: rename would silently replace a file that appeared meanwhile.
    if (existsSync(o.outPath)) throw new AppError('BACKUP_LOCATION_INVALID', 'a file with that name appeared while the backup was written');
    renameSync(partial, o.outPath);
    fsyncDir(dirname(o.outPath));
    return { path: o.outPath, fileBytes: statSync(o.outPath).size, summary: summarise(manifest) };
  } catch (e) {
    rmSync(partial, { force: true });
    throw toBackupError(e, 'write');
  } finally {
    background.hash?.stop();
    manifestBytes?.fill(0);
    snap?.release();
  }
}

/** Writes kept in flight while the next batch is encrypted: a busy disk and the CPU work side by side. */
const WRITES_IN_FLIGHT = 3;

/**
 * Batches sealed 64 KiB chunks into 4 MiB gathered writes at explicit offsets (fewer
 * syscalls to a slow USB stick), with up to three writes in flight while the next batch
 * is encrypted. Memory stays bounded: at most four batches exist at once.
 */
export async function writeAll(fh: FileHandle, chunks: AsyncIterable<Buffer>): Promise<void> {
  let batch: Buffer[] = [];
  let size = 0;
  let position = 0;
  const inFlight: Promise<void>[] = [];
  const flush = async () => {
    if (size === 0) return;
    if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
    const write = writeGathered(fh, batch, size, position);
    // Observed at once so a failed write is never an unhandled rejection; awaited below.
    write.catch(() => undefined);
    inFlight.push(write);
    position += size;
    batch = [];
    size = 0;
  };
  try {
    for await (const chunk of chunks) {
      batch.push(chunk);
      size += chunk.length;
      // Also bounded in pieces: writev takes at most IOV_MAX (1024) buffers at once.
      if (size >= IO_CHUNK || batch.length >= 512) await flush();
    }
    await flush();
  } finally {
    // Never leave a write running on a handle the caller is about to close.
    await Promise.allSettled(inFlight);
  }
  await Promise.all(inFlight);
}

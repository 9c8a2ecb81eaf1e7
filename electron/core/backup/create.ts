import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { ageEncryptor, DEFAULT_SCRYPT_LOG_N, MAX_SCRYPT_LOG_N, type AgeRecipients } from './age';
import { fsyncDir } from '../fs/atomic';
import type { SqliteDb } from '../db/open';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MEMBER, summarise, type BackupSummary, type FormatVersion, type Manifest } from './manifest';
import { END_OF_ARCHIVE, padding, tarHeader } from './tar';
import { takeSnapshot, type Snapshot } from './snapshot';
import { toBackupError } from './errors';
import { hashFileInBackground, writeGatheredSync, type BackgroundHash } from './io';
import { partialPathFor, removeAbandonedPartials } from './partials';

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
  removeAbandonedPartials(dirname(o.outPath), o.now.getTime());
  const partial = partialPathFor(o.outPath);
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
      // One buffer, reused: each piece is sealed (copied into ciphertext) before the next read.
      const buf = Buffer.allocUnsafe(IO_CHUNK);
      const fd = openSync(snapshotPath, 'r');
      try {
        while (done < dbSize) {
          checkCancelled(signal);
          const n = readSync(fd, buf, 0, Math.min(IO_CHUNK, dbSize - done), done);
          if (n === 0) break;
          done += n;
          yield buf.subarray(0, n);
          onProgress?.({ done, total: dbSize });
        }
      } finally {
        closeSync(fd);
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

/**
 * Batches sealed 64 KiB chunks into 4 MiB gathered writes (fewer syscalls to a slow USB
 * stick). The writes are synchronous: on this kind of machine Node's asynchronous file
 * writes cost about a third of the throughput (measured with `npm run bench`). After each
 * batch the event loop gets a turn, so a cancel, a lock or the window's calls are not held
 * up for more than one batch. Memory stays bounded at one batch.
 */
export async function writeAll(fh: FileHandle, chunks: AsyncIterable<Buffer>): Promise<void> {
  let batch: Buffer[] = [];
  let size = 0;
  let position = 0;
  const flush = async () => {
    if (size === 0) return;
    writeGatheredSync(fh.fd, batch, size, position);
    position += size;
    batch = [];
    size = 0;
    await setImmediate();
  };
  for await (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    // Also bounded in pieces: writev takes at most IOV_MAX (1024) buffers at once.
    if (size >= IO_CHUNK || batch.length >= 512) await flush();
  }
  await flush();
}

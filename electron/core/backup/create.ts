import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readFileSync, renameSync, rmSync, statSync, existsSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { ageEncryptor, DEFAULT_SCRYPT_LOG_N, MAX_SCRYPT_LOG_N, type AgeRecipients } from './age';
import { fsyncDir } from '../fs/atomic';
import type { SqliteDb } from '../db/open';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MEMBER, summarise, type BackupSummary, type Manifest } from './manifest';
import { END_OF_ARCHIVE, padding, tarHeader } from './tar';
import { takeSnapshot, type Snapshot } from './snapshot';
import { toBackupError } from './errors';

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
}

export interface CreatedBackup {
  path: string;
  fileBytes: number;
  summary: BackupSummary;
}

async function sha256File(path: string, size: number): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20, end: size - 1 })) h.update(chunk as Buffer);
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
  try {
    snap = await takeSnapshot(o.sqlite, o.workDir, o.dataKey);
    const { facts, size: dbSize } = snap;
    const snapshotPath = snap.path;
    const keyringBytes = readFileSync(o.keyringPath);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: o.appVersion,
      schemaVersion: facts.schemaVersion,
      organisationName: o.organisationName,
      siteCode: o.siteCode,
      createdAt: o.now.toISOString(),
      createdBy: o.createdBy,
      counts: facts.counts,
      members: [
        { name: MEMBER.keyring, size: keyringBytes.length, sha256: createHash('sha256').update(keyringBytes).digest('hex') },
        { name: MEMBER.db, size: dbSize, sha256: await sha256File(snapshotPath, dbSize) },
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
      for await (const chunk of createReadStream(snapshotPath, { highWaterMark: 1 << 20, end: dbSize - 1 })) {
        checkCancelled(signal);
        done += (chunk as Buffer).length;
        yield chunk as Buffer;
        onProgress?.({ done, total: dbSize });
      }
      if (done !== dbSize) throw new AppError('INTERNAL', 'snapshot changed size while being written');
      yield padding(dbSize);
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
    manifestBytes?.fill(0);
    snap?.release();
  }
}

/** Batches sealed 64 KiB chunks into ~1 MiB writes: fewer syscalls to a slow USB stick. */
async function writeAll(fh: FileHandle, chunks: AsyncIterable<Buffer>): Promise<void> {
  let batch: Buffer[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const buf = batch.length === 1 ? batch[0]! : Buffer.concat(batch, size);
    let off = 0;
    while (off < buf.length) off += (await fh.write(buf, off, buf.length - off)).bytesWritten;
    batch = [];
    size = 0;
  };
  for await (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) await flush();
  }
  await flush();
}

import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { DEFAULT_SCRYPT_LOG_N, MAX_SCRYPT_LOG_N, type AgeRecipients } from './age';
import { publishExclusive } from '../fs/exclusive';
import type { SqliteDb } from '../db/open';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MEMBER, summarise, type BackupSummary, type FormatVersion, type Manifest } from './manifest';
import { encodeManifest } from './manifest-key';
import { concatSecret } from '../db/raw-key';
import { END_OF_ARCHIVE, padding, tarHeader } from './tar';
import { takeSnapshot } from './snapshot';
import { hashFileInBackground } from './io';
import type { PageSums } from './chain/state';
import { withBackupWriter, writePartial } from './writer';
import type { Holdings } from '../../../shared/rights/breach';
import { throwIfCancelled } from './operations';

export interface BackupProgress {
  /** Database bytes written so far and in total (the manifest and keyring are negligible). */
  done: number;
  total: number;
}

/** What every writer of a backup file (full or incremental link) is given. */
export interface BackupWriteOptions {
  /** The live, open database (the session's connection). */
  sqlite: SqliteDb;
  /** The data key, lent for the duration; never written to disk in clear. */
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
  /** Hand back the file key (the caller zeroes it): the scheduled run reads its file back with it. */
  keepFileKey?: boolean;
}

export interface CreateBackupOptions extends BackupWriteOptions {
  onProgress?: (p: BackupProgress) => void;
  /** Only tests and the benchmark write the older format 1, to prove it still reads. */
  formatVersion?: FormatVersion;
  /** Hand back every page's sha256 (from the same read as the file's): what starts a chain of incremental links. */
  withPageHashes?: boolean;
}

export interface CreatedBackup {
  path: string;
  fileBytes: number;
  summary: BackupSummary;
  /** Only with keepFileKey. */
  fileKey?: Buffer;
  /** The manifest's backupId, which the links of a chain started from this backup name. */
  backupId: string;
  /** What it holds, counted on its snapshot (the manifest's `holdings`), for the audit entry. */
  holdings?: Holdings;
  /** Only with withPageHashes (format 2): the snapshot's page size, 32 bytes (sha256) per page and each page's mark. */
  pages?: PageSums;
}

/** Format 1's hashing pass reads in 4 MiB pieces: fewer round trips through libuv's pool. */
const IO_CHUNK = 4 << 20;

async function sha256File(path: string, size: number): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: IO_CHUNK, end: size - 1 })) h.update(chunk as Buffer);
  return h.digest('hex');
}

/**
 * Snapshot → tar (manifest, keyring, database) → age → `<name>.partial-<random>` in the
 * destination folder → fsync → rename → fsync the folder. Whatever happens (error,
 * cancel, kill), no file ever carries the final name unless it is complete, and the
 * snapshot is released (read transaction ended or copy removed).
 */
export async function createBackup(o: CreateBackupOptions): Promise<CreatedBackup> {
  throwIfCancelled(o.signal);
  const logN = 'passphrase' in o.protection ? (o.protection.scryptLogN ?? DEFAULT_SCRYPT_LOG_N) : null;
  // Our own backups never go below age's default work factor, nor above what readers accept.
  if (logN !== null && (logN < DEFAULT_SCRYPT_LOG_N || logN > MAX_SCRYPT_LOG_N))
    throw new AppError('INTERNAL', 'scrypt work factor out of range');
  return withBackupWriter(o, async ({ start, partial, hold }) => {
    const snap = await takeSnapshot(o.sqlite, o.workDir, o.dataKey);
    hold(() => snap.release());
    const { facts, size: dbSize } = snap;
    const snapshotPath = snap.path;
    const keyringBytes = readFileSync(o.keyringPath);
    const formatVersion = o.formatVersion ?? BACKUP_FORMAT_VERSION;
    // Format 1 hashes the database before writing (its sum goes first); format 2 while writing.
    const dbSha256 = formatVersion === 1 ? await sha256File(snapshotPath, dbSize) : undefined;
    const backupId = randomUUID();
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
      compression: 'none',
      ...(facts.auditHead ? { auditHead: facts.auditHead } : {}),
      backupId,
      ...(facts.holdings ? { holdings: facts.holdings } : {}),
    };
    const manifestBytes = encodeManifest(manifest, o.dataKey);
    hold(() => manifestBytes.fill(0));
    const mtime = Math.floor(o.now.getTime() / 1000);
    // The tar archive: manifest, keyring, then the database, whose bytes the writer reads itself.
    const prefix = concatSecret([
      tarHeader(MEMBER.manifest, manifestBytes.length, mtime),
      manifestBytes,
      padding(manifestBytes.length),
      tarHeader(MEMBER.keyring, keyringBytes.length, mtime),
      keyringBytes,
      padding(keyringBytes.length),
      tarHeader(MEMBER.db, dbSize, mtime),
    ]);
    hold(() => prefix.fill(0));
    // Format 2: hashed on another thread from its own read while the writer seals.
    const hash = formatVersion !== 1 ? hashFileInBackground(snapshotPath, dbSize, o.withPageHashes ? facts.pageSize : undefined) : null;
    if (hash) hold(() => hash.stop());
    const sum = hash?.result;
    const suffix = async (): Promise<Buffer> => {
      if (!sum) return Buffer.concat([padding(dbSize), END_OF_ARCHIVE]);
      const trailer = Buffer.from(JSON.stringify({ members: [{ name: MEMBER.db, size: dbSize, sha256: await sum }] }) + '\n');
      return Buffer.concat([
        padding(dbSize),
        tarHeader(MEMBER.checksums, trailer.length, mtime),
        trailer,
        padding(trailer.length),
        END_OF_ARCHIVE,
      ]);
    };

    await writePartial(partial, start, {
      prefix,
      sourcePath: snapshotPath,
      size: dbSize,
      suffix,
      signal: o.signal,
      onProgress: (done) => o.onProgress?.({ done, total: dbSize }),
    });
    throwIfCancelled(o.signal);
    // Never a rename over the final name: a file that appeared there meanwhile stays, and this one is refused.
    const pages = o.withPageHashes && hash ? { pageSize: facts.pageSize, hashes: await hash.pages, marks: await hash.marks } : undefined;
    publishExclusive(partial, o.outPath);
    return {
      path: o.outPath,
      fileBytes: statSync(o.outPath).size,
      summary: summarise(manifest),
      backupId,
      ...(facts.holdings ? { holdings: facts.holdings } : {}),
      ...(pages ? { pages } : {}),
      ...(start.fileKey ? { fileKey: start.fileKey } : {}),
    };
  });
}

import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { GENESIS_HASH } from '../audit/chain';
import type { Holdings } from '../../../shared/rights/breach';
import { residentHoldings } from '../rights/holdings';
import { isPlaintextSqlite, openEncryptedDatabase, type SqliteDb } from '../db/open';

export interface Snapshot {
  /** The encrypted database bytes to back up: [0, size) of this file. */
  path: string;
  size: number;
  facts: DatabaseFacts;
  /** How it was taken, for tests and diagnostics. */
  kind: 'frozen-live-file' | 'vacuum-copy';
  /** Ends the read transaction or removes the copy; always called, also on failure. */
  release(): void;
}

/**
 * A consistent, still encrypted image of the live database, never plaintext on disk.
 * Preferred: checkpoint the log into the file, then hold a read transaction that
 * ignores the (empty) log. While such a reader exists SQLite backfills nothing into
 * the main file, so its bytes stay exactly as they are and are read as they are: no
 * copy on disk, no re-encryption, several times faster than VACUUM INTO. When another
 * connection keeps the log from being emptied, fall back to `VACUUM INTO` a copy in
 * `workDir` (encrypted with the same key; db.backup() refuses encrypted databases).
 */
export async function takeSnapshot(
  sqlite: SqliteDb,
  workDir: string,
  dataKey: Buffer,
  /**
   * `holdings: false` for a caller that records none (an incremental link): counting them
   * reads every resident table, about two thirds of the facts' time at 100,000 residents.
   */
  o: { holdings?: boolean } = {},
): Promise<Snapshot> {
  const holdings = o.holdings ?? true;
  return freezeLiveFile(sqlite, holdings) ?? (await vacuumCopy(sqlite, workDir, dataKey, holdings));
}

function freezeLiveFile(sqlite: SqliteDb, holdings: boolean): Snapshot | null {
  const [r] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
  if (!r || r.busy !== 0 || r.log !== 0) return null;
  sqlite.exec('BEGIN');
  try {
    const facts = readFacts(sqlite, { holdings });
    const wal = sqlite.name + '-wal';
    // A write that slipped in between the checkpoint and BEGIN means this reader may use the log.
    const logEmpty = !existsSync(wal) || statSync(wal).size === 0;
    const size = Number(sqlite.pragma('page_count', { simple: true })) * facts.pageSize;
    if (!logEmpty || statSync(sqlite.name).size !== size) {
      sqlite.exec('ROLLBACK');
      return null;
    }
    return {
      path: sqlite.name,
      size,
      facts,
      kind: 'frozen-live-file',
      release: () => {
        if (sqlite.open && sqlite.inTransaction) sqlite.exec('COMMIT');
      },
    };
  } catch (e) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw e;
  }
}

async function vacuumCopy(sqlite: SqliteDb, dir: string, dataKey: Buffer, holdings: boolean): Promise<Snapshot> {
  removeOrphanSnapshots(dir);
  const path = join(dir, `${SNAPSHOT_PREFIX}${process.pid}-${randomBytes(8).toString('hex')}.db`);
  // Owner-only from the first byte; VACUUM INTO accepts an existing empty file.
  closeSync(openSync(path, 'wx', 0o600));
  try {
    sqlite.prepare('VACUUM INTO ?').run(path);
    if (isPlaintextSqlite(path)) throw new AppError('INTERNAL', 'snapshot was not encrypted');
    const facts = await withDatabaseCopy(path, dataKey, (db) => readFacts(db, { holdings }));
    return { path, size: statSync(path).size, facts, kind: 'vacuum-copy', release: () => removeDatabaseFiles(path) };
  } catch (e) {
    removeDatabaseFiles(path);
    throw e;
  }
}

const SNAPSHOT_PREFIX = '.backup-snapshot-';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Copies left by a backup whose process was killed (its pid is in the name). Encrypted, but no use to anyone. */
function removeOrphanSnapshots(dir: string): void {
  for (const name of readdirSync(dir)) {
    const m = name.startsWith(SNAPSHOT_PREFIX) ? /^(\d+)-/.exec(name.slice(SNAPSHOT_PREFIX.length)) : null;
    if (m && Number(m[1]) !== process.pid && !isAlive(Number(m[1]))) rmSync(join(dir, name), { force: true });
  }
}

export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

export interface DatabaseFacts {
  counts: Record<string, number>;
  schemaVersion: string;
  pageSize: number;
  /** The audit chain's head (entries, newest hash); absent only in a database without the log. */
  auditHead?: { count: number; hash: string };
  /** Residents and residents per category of her file (counts only), when asked for: a backup records them. */
  holdings?: Holdings;
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Row counts per table and the last migration: read from the database itself, so new tables count without changes here. */
export function readFacts(sqlite: SqliteDb, opts: { holdings?: boolean } = {}): DatabaseFacts {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const t of tables)
    counts[t] = Number(
      sqlite
        .prepare(`SELECT count(*) FROM ${quoteIdent(t)}`)
        .pluck()
        .get(),
    );
  const last = tables.includes('kysely_migration')
    ? (sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1').pluck().get() as string | undefined)
    : undefined;
  const newest = tables.includes('audit_log')
    ? (sqlite.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string | undefined)
    : undefined;
  const auditHead = tables.includes('audit_log') ? { count: counts.audit_log ?? 0, hash: newest ?? GENESIS_HASH } : undefined;
  return {
    counts,
    schemaVersion: last ?? '',
    pageSize: Number(sqlite.pragma('page_size', { simple: true })),
    ...(auditHead ? { auditHead } : {}),
    ...(opts.holdings && tables.includes('residents') ? { holdings: residentHoldings(sqlite, null) } : {}),
  };
}

/** Opens a snapshot copy with its key, runs `fn`, then closes it and removes SQLite's side files. */
export async function withDatabaseCopy<T>(path: string, dataKey: Buffer, fn: (db: SqliteDb) => T | Promise<T>): Promise<T> {
  // A small page cache: these are one-pass scans, and a backup must not grow with the database.
  const db = openEncryptedDatabase(path, dataKey, { cacheKiB: 2048 });
  try {
    return await fn(db);
  } finally {
    if (db.open) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    }
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix, { force: true });
  }
}

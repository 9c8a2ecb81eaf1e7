import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { sqlcipherRawKey } from './raw-key';

export type SqliteDb = Database.Database;

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The settings every connection must have; read back after opening and asserted. */
export const REQUIRED_PRAGMAS = {
  temp_store: 2, // MEMORY: sorts and temp tables never reach disk in clear
  secure_delete: 1,
  mmap_size: 0,
  foreign_keys: 1,
  journal_mode: 'wal',
  synchronous: 2, // FULL
} as const;

export interface OpenOptions {
  /** Create the file if missing (setup only). Opening never creates a vault by accident. */
  create?: boolean;
  /** Path of the native binding for this runtime (Electron and Node need different builds). */
  nativeBinding?: string;
  /** Page cache in KiB; sized so the working set stays in memory (see DESIGN.md, Performance). */
  cacheKiB?: number;
  /** A read-only connection never checkpoints the WAL, so it cannot change the files. */
  readonly?: boolean;
}

/** True when the file starts with SQLite's plaintext header: never opened, never created. */
export function isPlaintextSqlite(path: string): boolean {
  if (!existsSync(path) || statSync(path).size < 16) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.equals(PLAINTEXT_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens (or, during setup, creates) the encrypted database with a raw 256-bit key.
 * Fails closed: a wrong key, a damaged file or a plaintext file gives an AppError and
 * the file is not modified (we only read until the key is proven right).
 */
export function openEncryptedDatabase(path: string, dek: Buffer, opts: OpenOptions = {}): SqliteDb {
  if (dek.length !== 32) throw new AppError('INTERNAL', 'data key must be 32 bytes');
  const exists = existsSync(path);
  if (!exists && !opts.create) throw new AppError('VAULT_MISSING', 'database file is missing');
  if (exists && isPlaintextSqlite(path)) throw new AppError('PLAINTEXT_DATABASE', 'database file is not encrypted');
  if (exists && statSync(path).size === 0 && !opts.create) throw new AppError('DATABASE_DAMAGED', 'database file is empty');

  const db = new Database(path, {
    fileMustExist: !opts.create,
    readonly: Boolean(opts.readonly),
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  try {
    // Cipher settings are explicit so a library default change can never silently
    // re-key or downgrade the file. legacy=4 is SQLCipher 4 compatible.
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    keyConnection(db, dek);
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
    } catch (e) {
      throw new AppError('DATABASE_DAMAGED', `database cannot be decrypted with this key: ${(e as Error).message}`);
    }
    applyHardening(db, opts.cacheKiB ?? 64 * 1024);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** Keys a connection from a Buffer (never a string, see raw-key.ts); the temporary form is wiped. */
export function keyConnection(db: SqliteDb, dek: Buffer): void {
  const raw = sqlcipherRawKey(dek);
  try {
    db.key(raw);
  } finally {
    raw.fill(0);
  }
}

export function applyHardening(db: SqliteDb, cacheKiB: number): void {
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  db.pragma('mmap_size = 0');
  db.pragma('foreign_keys = ON');
  db.pragma('journal_mode = WAL');
  // Must come after journal_mode: the bundled build resets WAL databases to NORMAL.
  db.pragma('synchronous = FULL');
  db.pragma(`cache_size = -${Math.max(2048, Math.floor(cacheKiB))}`);
  db.pragma('busy_timeout = 5000');
  assertHardening(db);
}

export function readHardening(db: SqliteDb): Record<keyof typeof REQUIRED_PRAGMAS, string | number> {
  const out = {} as Record<keyof typeof REQUIRED_PRAGMAS, string | number>;
  for (const name of Object.keys(REQUIRED_PRAGMAS) as (keyof typeof REQUIRED_PRAGMAS)[]) {
    out[name] = db.pragma(name, { simple: true }) as string | number;
  }
  return out;
}

export function assertHardening(db: SqliteDb): void {
  const actual = readHardening(db);
  for (const [name, want] of Object.entries(REQUIRED_PRAGMAS)) {
    const got = actual[name as keyof typeof REQUIRED_PRAGMAS];
    if (String(got).toLowerCase() !== String(want)) {
      throw new AppError('INTERNAL', `connection hardening failed: ${name}=${String(got)}, expected ${String(want)}`);
    }
  }
}

import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase, applyHardening, isPlaintextSqlite, type SqliteDb } from '../electron/core/db/open';
import { createKysely } from '../electron/core/db/kysely';
import { Session } from '../electron/core/session';

/**
 * Bench-only: the plaintext baseline for the encrypted/plain ratio. Core refuses plaintext
 * files on purpose, so this lives here and never in electron/core.
 */

/** VACUUM INTO keeps the key; `rekey = ''` then decrypts the copy in place (checked on SQLite3MultipleCiphers). */
export function plainCopy(encrypted: SqliteDb, dek: Buffer, target: string): void {
  encrypted.prepare('VACUUM INTO ?').run(target);
  const copy = openEncryptedDatabase(target, dek, { cacheKiB: 2048 });
  try {
    copy.pragma(`rekey=''`);
  } finally {
    copy.close();
  }
  if (!isPlaintextSqlite(target)) throw new Error('the plain copy is still encrypted');
}

/**
 * A session over the plain copy for the same user, with the app's pragmas and page cache,
 * so a signed-in core can be pointed at it and run the same channels, validation,
 * services and repositories; only the file underneath changes.
 */
export function openPlainSession(path: string, like: Session, cacheKiB: number): Session {
  const sqlite = new Database(path, { fileMustExist: true });
  applyHardening(sqlite, cacheKiB);
  // The key argument only matters for re-wrapping, which the bench never does.
  return new Session(sqlite, createKysely(sqlite), randomBytes(32), like.user, Date.now(), 24 * 60);
}

import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DB_FILE, KEYRING_FILE } from '../paths';
import { openEncryptedDatabase } from '../db/open';
import { listPrevious } from '../backup/restore';
import { readKeyring, writeKeyring } from '../vault/keyring';
import { eraseResidentRows, compactDatabase } from './erase-rows';
import { erasedIds, withErased } from './erased-list';

/**
 * The copies a restore set aside (previous-…, kept for undo) hold residents erased since.
 * A copy this vault's data key opens is erased like the live one and receives the list,
 * so undoing a restore brings back no one erased; a copy it does not open (another vault,
 * or from before a re-key) cannot be erased row by row and is removed whole.
 */
export function purgePreviousCopies(dataDir: string, dek: Buffer, ids: readonly string[]): { purged: number; removed: number } {
  let purged = 0;
  let removed = 0;
  for (const name of listPrevious(dataDir)) {
    const dir = join(dataDir, name);
    if (eraseInCopy(dir, dek, ids)) purged++;
    else {
      rmSync(dir, { recursive: true, force: true });
      removed++;
    }
  }
  return { purged, removed };
}

function eraseInCopy(dir: string, dek: Buffer, ids: readonly string[]): boolean {
  const dbPath = join(dir, DB_FILE);
  let db;
  try {
    db = openEncryptedDatabase(dbPath, dek);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    db?.close();
    return false;
  }
  try {
    for (const id of ids) eraseResidentRows(db, id);
    compactDatabase(db);
  } finally {
    db.close();
  }
  for (const suffix of ['-wal', '-shm']) if (existsSync(dbPath + suffix)) rmSync(dbPath + suffix, { force: true });
  const keyringPath = join(dir, KEYRING_FILE);
  const keyring = readKeyring(keyringPath);
  let known: string[] = [];
  try {
    known = erasedIds(keyring, dek);
  } catch {
    // A list that does not verify is replaced by the one just applied.
  }
  writeKeyring(keyringPath, withErased(keyring, dek, known, ids));
  return true;
}

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Keyring } from '../../../shared/files/keyring';
import { DB_FILE, KEYRING_FILE, PREVIOUS_PREFIX, REKEY_STAGING_PREFIX } from '../paths';
import { openEncryptedDatabase, type SqliteDb } from '../db/open';
import { createKysely, type AppDb } from '../db/kysely';
import { writeKeyring } from './keyring';
import { rekeyAnchor } from '../audit/anchor';
import { sqlcipherRawKey } from '../db/raw-key';
import { writeFileAtomic } from '../fs/atomic';

/**
 * Re-keying the database file. The bundled SQLite3MultipleCiphers refuses `PRAGMA rekey`
 * in WAL mode, and re-keying the live file in place would leave, after a kill, a file
 * that is half one key and half the other. So: `VACUUM INTO` a staging folder inside the
 * data folder (a copy still under the old key), reseal the sealed categories in that
 * copy, switch it to rollback-journal mode, rekey it, back to WAL, check it opens with
 * the new key, write the new keyring beside it, and only then swap both files in
 * together through the restore's journaled swap. A kill at any moment leaves the live
 * vault under the old key (staging not yet swapped, or swap rolled back) or under the
 * new one (swap complete): never neither.
 */

/**
 * Written before the swap, removed after: the swap moves the old vault into a
 * `previous-…` folder like a restore's, but a re-key must not keep it (the old keys are
 * what it retires). A kill after the swap and before that folder is removed leaves this
 * marker; the next start removes the folders made from its time on.
 */
const REKEY_MARKER = '.rekey-swap.json';

export function markRekeySwap(dataDir: string, at: Date): void {
  writeFileAtomic(join(dataDir, REKEY_MARKER), JSON.stringify({ from: at.toISOString() }));
}

export function endRekeySwap(dataDir: string): void {
  rmSync(join(dataDir, REKEY_MARKER), { force: true });
}

function stampOf(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('.', '');
}

/**
 * At start-up, after an interrupted swap was finished or rolled back: staging folders a
 * kill left behind (never swapped in, so never the live vault) and the old vault of a
 * completed re-key swap are removed.
 */
export function clearStaleRekeyStaging(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  const marker = join(dataDir, REKEY_MARKER);
  if (existsSync(marker)) {
    let from: string | null = null;
    try {
      from = stampOf(new Date((JSON.parse(readFileSync(marker, 'utf8')) as { from: string }).from));
    } catch {
      from = null;
    }
    if (from)
      for (const name of readdirSync(dataDir))
        if (name.startsWith(PREVIOUS_PREFIX) && name.slice(PREVIOUS_PREFIX.length) >= from)
          rmSync(join(dataDir, name), { recursive: true, force: true });
    rmSync(marker, { force: true });
  }
  for (const name of readdirSync(dataDir))
    if (name.startsWith(REKEY_STAGING_PREFIX) && name !== REKEY_MARKER) rmSync(join(dataDir, name), { recursive: true, force: true });
}

export interface RekeyedCopy {
  dir: string;
  discard(): void;
}

/**
 * Makes the re-keyed copy and its keyring in a new staging folder. `work` runs on the
 * copy (still under the old key) inside one transaction: resealing, the audit entry.
 */
export async function buildRekeyedCopy(
  live: SqliteDb,
  dataDir: string,
  oldDek: Buffer,
  newDek: Buffer,
  keyring: Keyring,
  work: (db: AppDb) => Promise<void>,
): Promise<RekeyedCopy> {
  clearStaleRekeyStaging(dataDir);
  const dir = join(dataDir, `${REKEY_STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
  mkdirSync(dir, { mode: 0o700 });
  const discard = () => rmSync(dir, { recursive: true, force: true });
  try {
    const path = join(dir, DB_FILE);
    live.exec(`VACUUM INTO '${path.replace(/'/g, "''")}'`);
    const copy = openEncryptedDatabase(path, oldDek);
    let anchored = keyring;
    try {
      const db = createKysely(copy);
      await db.transaction().execute((trx) => work(trx));
      // The audit anchor is sealed under the data key: it moves to the new key here, at the
      // copy's head (the re-key's own entry included), or it would read as forged afterwards.
      anchored = await rekeyAnchor(db, keyring, oldDek, newDek);
      copy.pragma('wal_checkpoint(TRUNCATE)');
      copy.pragma('journal_mode = DELETE');
      const spec = sqlcipherRawKey(newDek);
      try {
        copy.rekey(spec);
      } finally {
        spec.fill(0);
      }
      copy.pragma('journal_mode = WAL');
    } finally {
      copy.close();
    }
    for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
    // Proven before anything live is touched: the copy opens with the new key and is sound.
    const check = openEncryptedDatabase(path, newDek, { readonly: true });
    try {
      const result = check.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new AppError('DATABASE_DAMAGED', `the re-keyed copy failed its check: ${String(result)}`);
    } finally {
      check.close();
    }
    writeKeyring(join(dir, KEYRING_FILE), anchored);
    return { dir, discard };
  } catch (e) {
    discard();
    throw e;
  }
}

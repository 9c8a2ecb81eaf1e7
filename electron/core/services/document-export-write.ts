import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { AppDb } from '../db/kysely';
import { settingsRepo } from '../repositories/settings';
import { nowIso } from '../ids';
import { fsyncDir } from '../fs/atomic';
import { claimExclusive } from '../fs/exclusive';

/**
 * Writing an exported document, which is plaintext by nature. The order is what makes it safe:
 *
 * 1. the destination name is claimed with O_CREAT|O_EXCL: a file already there (even one
 *    that appeared after the dialog) is refused by name, never opened or replaced;
 * 2. the export is committed to the audit log, together with a pending-export record
 *    (path, size, sha256) inside the encrypted database — the only place the path is kept;
 * 3. only then are the bytes written into the claimed file, fsynced, and the record cleared.
 *
 * No temporary file ever holds the plaintext. A crash during step 3 leaves a partial file
 * under the chosen name and the record: the next export, or the next sign-in, removes a
 * file whose size or sha256 does not match (a complete one is kept) and clears the record.
 */
const PENDING_KEY = 'documents.pendingExports';
const pendingSchema = z.array(z.object({ path: z.string(), size: z.number().int(), sha256: z.string() }));
type Pending = z.infer<typeof pendingSchema>[number];

async function readPending(db: AppDb): Promise<Pending[]> {
  const r = pendingSchema.safeParse((await settingsRepo.all(db))[PENDING_KEY]);
  return r.success ? r.data : [];
}

async function savePending(db: AppDb, list: Pending[]): Promise<void> {
  if (list.length === 0) await settingsRepo.remove(db, PENDING_KEY);
  else await settingsRepo.put(db, PENDING_KEY, list, nowIso(), null);
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Finishes what a crash interrupted: partial exports removed, complete ones kept. Returns the paths removed. */
export async function settlePendingExports(db: AppDb): Promise<string[]> {
  const pending = await readPending(db);
  if (pending.length === 0) return [];
  const removed: string[] = [];
  for (const p of pending) {
    try {
      const complete = statSync(p.path).size === p.size && sha256(readFileSync(p.path)) === p.sha256;
      if (!complete) {
        unlinkSync(p.path);
        removed.push(p.path);
      }
    } catch {
      // Gone already (or moved away by the person): nothing of ours is left to remove.
    }
  }
  await savePending(db, []);
  return removed;
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
  fsyncSync(fd);
}

function writeError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return new AppError('DISK_FULL', 'no space left for the export');
  return new AppError('DOCUMENT_EXPORT_LOCATION_INVALID', `the document could not be written there (${code ?? 'error'})`);
}

/**
 * Claims `path`, runs `audit` (which must commit the export's audit entry) in one
 * transaction with the pending record, then writes the bytes. `hooks.afterCommit` exists
 * for the crash test only.
 */
export async function writeExportExclusive(
  db: AppDb,
  path: string,
  bytes: Uint8Array,
  audit: (trx: AppDb) => Promise<void>,
  hooks: { afterCommit?: () => void } = {},
): Promise<void> {
  await settlePendingExports(db);
  let fd: number;
  try {
    fd = claimExclusive(path);
  } catch (e) {
    throw writeError(e);
  }
  let committed = false;
  try {
    await db.transaction().execute(async (trx) => {
      await audit(trx);
      await savePending(trx, [...(await readPending(trx)), { path, size: bytes.length, sha256: sha256(bytes) }]);
    });
    committed = true;
    hooks.afterCommit?.();
    writeAll(fd, bytes);
  } catch (e) {
    closeSync(fd);
    // Nothing readable is left under the chosen name; the log keeps the attempt if it was committed.
    unlinkSync(path);
    if (committed)
      await savePending(
        db,
        (await readPending(db)).filter((p) => p.path !== path),
      );
    throw writeError(e);
  }
  closeSync(fd);
  fsyncDir(dirname(path));
  await savePending(
    db,
    (await readPending(db)).filter((p) => p.path !== path),
  );
}

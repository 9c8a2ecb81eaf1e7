import { randomBytes } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { z } from 'zod';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { DB_FILE, KEYRING_FILE, PREVIOUS_PREFIX, RESTORE_STAGING_PREFIX, SWAP_SOURCE_PREFIXES } from '../paths';
import { fsyncDir, writeFileAtomic } from '../fs/atomic';
import { createKysely, migrateToLatest, type AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import type { AgeSecrets } from './age';
import { summarise, type BackupSummary } from './manifest';
import { checkUnpacked, unpackBackup, type ReadOptions, type Unpacked } from './unpack';
import { rebuildChain, type RebuildOptions } from './chain/rebuild';
import { withDatabaseCopy } from './snapshot';
import { recordRestoredFrom } from './schedule-store';
import { checkIncomingManager, parseIncomingKeyring, proveIncomingKeyring, type TrustProof } from './trust';
import type { RestoreTrust } from '../../../shared/contract/channels/backup';
import type { Keyring } from '../../../shared/files/keyring';
import { reapplyErasures, verifiedErasures } from '../rights/erasure';
import { withErased } from '../rights/erased-list';

/** Written before a swap starts and removed when it ends: how a crash mid-swap is undone. */
export const SWAP_JOURNAL = '.swap-journal.json';
const LIVE_FILES = [KEYRING_FILE, DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`];

export interface StagedRestore {
  dir: string;
  summary: BackupSummary;
  /** The backup's schema was older and has been migrated in the staging copy. */
  migrated: boolean;
  /** Who proved the backup (a manager account in it, or its recovery key), and of which vault it is. */
  proof: TrustProof;
  discard(): void;
}

export interface StageOptions extends ReadOptions {
  /** Called once the backup is proven and before anything is migrated: throws to refuse (e.g. another vault). */
  accept?: (proof: TrustProof) => void;
  /** Residents erased from the live vault (its verified keyring list): erased again in the staged copy. */
  erased?: readonly string[];
  /** Writes into the staged database what belongs to this computer rather than to the backup (the backup folder). */
  carry?: (db: AppDb, proof: TrustProof) => Promise<void>;
}

/**
 * Everything that can fail happens here, before live data is touched: the backup is
 * unpacked into a staging folder inside the data folder (same file system, so the
 * swap is plain renames; same owner-only permissions), verified, and migrated to this
 * app's schema with the manifest's key.
 */
export async function stageRestore(
  dataDir: string,
  file: string,
  secrets: AgeSecrets,
  trust: RestoreTrust,
  o: StageOptions = {},
): Promise<StagedRestore> {
  return stageRestoreFrom(dataDir, async (dir) => ({ ...(await unpackBackup(file, secrets, dir, o)), file }), trust, o);
}

/** The same from a chain: the newest point is rebuilt, and checked whole, in the staging folder. */
export async function stageChainRestore(
  dataDir: string,
  files: string[],
  secrets: AgeSecrets,
  trust: RestoreTrust,
  o: StageOptions & RebuildOptions = {},
): Promise<StagedRestore> {
  return stageRestoreFrom(dataDir, (dir) => rebuildChain(files, secrets, dir, o), trust, o);
}

async function stageRestoreFrom(
  dataDir: string,
  /** Unpacks (or rebuilds) into the staging folder; `file` is the one named as restored from. */
  unpack: (dir: string) => Promise<Unpacked & { file: string }>,
  trust: RestoreTrust,
  o: StageOptions,
): Promise<StagedRestore> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  recoverInterruptedSwap(dataDir);
  clearStaleStaging(dataDir);
  const dir = join(dataDir, `${RESTORE_STAGING_PREFIX}${randomBytes(6).toString('hex')}`);
  mkdirSync(dir, { mode: 0o700 });
  const discard = () => rmSync(dir, { recursive: true, force: true });
  try {
    const u = await unpack(dir);
    try {
      o.onChecking?.();
      await checkUnpacked(u);
      // Decrypting proves nothing about who made the file: the incoming keyring must open with a person's credentials.
      const proof = await proveIncomingKeyring(u.keyringBytes, u.dataKey, trust);
      o.accept?.(proof);
      const incoming = parseIncomingKeyring(u.keyringBytes);
      const erased = [...new Set([...(o.erased ?? []), ...verifiedErasures(incoming, u.dataKey)])];
      // Last moment a cancel is honoured: after this the staged copy is migrated and swapped in.
      if (o.signal?.aborted) throw new AppError('BACKUP_CANCELLED', 'the restore was cancelled');
      let migrated = false;
      await withDatabaseCopy(u.dbPath, u.dataKey, async (sqlite) => {
        await checkIncomingManager(sqlite, proof, trust);
        const db = createKysely(sqlite);
        const before = sqlite.prepare('SELECT count(*) FROM kysely_migration').pluck().get();
        await migrateToLatest(db).catch((e: unknown) => {
          if (e instanceof AppError && e.code === 'SCHEMA_TOO_NEW') throw new AppError('BACKUP_TOO_NEW', e.message);
          throw e;
        });
        migrated = sqlite.prepare('SELECT count(*) FROM kysely_migration').pluck().get() !== before;
        // A backup made before an erasure still holds her: she goes again before the vault can open.
        const reapplied = reapplyErasures(sqlite, erased);
        if (reapplied)
          await appendAudit(db, { action: 'resident.erasure_reapplied', actorId: proof.userId, details: { count: reapplied } });
        // Recorded in the restored database itself, so its history shows where it came back from.
        await appendAudit(db, {
          action: 'backup.restored',
          actorId: proof.userId,
          details: { backupCreatedAt: u.manifest.createdAt, siteCode: u.manifest.siteCode, migrated, provenBy: proof.method },
        });
        // The file just checked end to end is a good backup of exactly this data: without this
        // the dashboard would greet a restore on a new laptop with "no checked backup yet".
        await recordRestoredFrom(db, { createdAt: u.manifest.createdAt, fileName: basename(u.file) });
        await o.carry?.(db, proof);
      });
      writeFileAtomic(join(dir, KEYRING_FILE), erased.length ? carryErasures(incoming, u.dataKey, erased) : u.keyringBytes);
      return { dir, summary: { ...summarise(u.manifest), vaultId: proof.vaultId }, migrated, proof, discard };
    } finally {
      u.dataKey.fill(0);
    }
  } catch (e) {
    discard();
    throw e;
  }
}

/** The restored keyring, carrying every erasure so the next restore applies them too. */
function carryErasures(incoming: Keyring, dataKey: Buffer, erased: readonly string[]): string {
  return JSON.stringify(withErased(incoming, dataKey, verifiedErasures(incoming, dataKey), erased), null, 2) + '\n';
}

function clearStaleStaging(dataDir: string): void {
  for (const name of readdirSync(dataDir))
    if (name.startsWith(RESTORE_STAGING_PREFIX)) rmSync(join(dataDir, name), { recursive: true, force: true });
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace('.', '');
}

/** Moves the live vault files into `previous-<timestamp>/`. */
function nextAsideName(dataDir: string, now: Date): string {
  let name = `${PREVIOUS_PREFIX}${stamp(now)}`;
  while (existsSync(join(dataDir, name))) name += '-1';
  return name;
}

function moveLiveAside(dataDir: string, name: string): string {
  const present = LIVE_FILES.filter((f) => existsSync(join(dataDir, f)));
  const aside = join(dataDir, name);
  mkdirSync(aside, { mode: 0o700 });
  // Keyring first: a folder with a database and no keyring is never mistaken for a complete vault.
  for (const f of present) renameSync(join(dataDir, f), join(aside, f));
  fsyncDir(aside);
  fsyncDir(dataDir);
  return name;
}

/** Database first, keyring last: the keyring's arrival is what makes the folder a vault. */
function moveIn(fromDir: string, dataDir: string): void {
  for (const f of [DB_FILE, KEYRING_FILE]) {
    if (!existsSync(join(fromDir, f))) throw new AppError('INTERNAL', `staged ${f} is missing`);
  }
  for (const f of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, KEYRING_FILE]) {
    if (existsSync(join(fromDir, f))) renameSync(join(fromDir, f), join(dataDir, f));
  }
  fsyncDir(dataDir);
}

/**
 * Swaps a staged restore in. The caller must have closed the session first (no open
 * connection to the live database). Returns the folder the previous vault went to.
 */
export function swapInStaged(dataDir: string, staged: StagedRestore, now: Date): string | null {
  return journaledSwap(dataDir, staged.dir, now, () => staged.discard());
}

/**
 * A folder of the data folder named in the journal: a single name of ours (a restore's or
 * a re-key's staging folder, or a previous-… folder), never a path, so recovery cannot be
 * pointed elsewhere.
 */
const journalFolder = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9._-]+$/)
  .refine((n) => n !== '.' && n !== '..' && [...SWAP_SOURCE_PREFIXES, PREVIOUS_PREFIX].some((p) => n.startsWith(p)));

const swapJournalSchema = z
  .object({
    /** Folder (in the data folder) the incoming files come from. */
    from: journalFolder,
    /** Where the live files went, once known. */
    aside: journalFolder.nullable(),
  })
  .strict();
type SwapJournal = z.infer<typeof swapJournalSchema>;

/** The journal, or null when it is unreadable, malformed or names something that is not a plain folder here. */
function readJournal(dataDir: string, path: string): SwapJournal | null {
  let parsed;
  try {
    parsed = swapJournalSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  const plainFolder = (name: string | null) => {
    if (name === null || !existsSync(join(dataDir, name))) return true;
    const st = lstatSync(join(dataDir, name));
    return st.isDirectory() && !st.isSymbolicLink();
  };
  return plainFolder(parsed.data.from) && plainFolder(parsed.data.aside) ? parsed.data : null;
}

function writeJournal(dataDir: string, j: SwapJournal): void {
  writeFileAtomic(join(dataDir, SWAP_JOURNAL), JSON.stringify(j));
}

/**
 * Live files aside, incoming files in, each step recorded first, so that
 * recoverInterruptedSwap can put things back after a crash at any point.
 */
export function journaledSwap(dataDir: string, fromDir: string, now: Date, done: () => void): string | null {
  const journal: SwapJournal = { from: basename(fromDir), aside: null };
  writeJournal(dataDir, journal);
  let aside: string | null = null;
  try {
    if (LIVE_FILES.some((f) => existsSync(join(dataDir, f)))) {
      journal.aside = nextAsideName(dataDir, now);
      writeJournal(dataDir, journal);
      aside = moveLiveAside(dataDir, journal.aside);
    }
    moveIn(fromDir, dataDir);
  } catch (e) {
    // A failed rename (permissions, a file held open on Windows): put the vault back as it was.
    recoverInterruptedSwap(dataDir);
    throw e;
  }
  done();
  rmSync(join(dataDir, SWAP_JOURNAL), { force: true });
  fsyncDir(dataDir);
  return aside;
}

/**
 * After a crash in the middle of a restore or undo: unless both incoming files had
 * arrived, the swap is rolled back and the vault is as before it; otherwise the swap
 * had completed and only the journal is tidied. Call before
 * opening the vault (core start-up) and before any new restore.
 */
export function recoverInterruptedSwap(dataDir: string): 'none' | 'rolled-back' | 'completed' {
  const path = join(dataDir, SWAP_JOURNAL);
  if (!existsSync(path)) return 'none';
  const j = readJournal(dataDir, path);
  if (!j) {
    // The journal is written atomically and always valid: unreadable means it was never
    // completed (no file moved); invalid means it is not ours, and is never acted on.
    rmSync(path, { force: true });
    return 'none';
  }
  const from = join(dataDir, j.from);
  const arrived = (f: string) => !existsSync(join(from, f)) && existsSync(join(dataDir, f));
  // The keyring moves in last, so both files having arrived means the swap finished.
  if (arrived(DB_FILE) && arrived(KEYRING_FILE)) {
    rmSync(path, { force: true });
    return 'completed';
  }
  // The database moves in first: if it is still in `from`, everything in the data folder is the original vault.
  if (!existsSync(join(from, DB_FILE))) {
    for (const f of LIVE_FILES) if (existsSync(join(dataDir, f)) && !existsSync(join(from, f))) renameSync(join(dataDir, f), join(from, f));
  }
  if (j.aside && existsSync(join(dataDir, j.aside))) {
    const aside = join(dataDir, j.aside);
    for (const f of LIVE_FILES)
      if (existsSync(join(aside, f)) && !existsSync(join(dataDir, f))) renameSync(join(aside, f), join(dataDir, f));
    if (readdirSync(aside).length === 0) rmdirSync(aside);
  }
  fsyncDir(dataDir);
  rmSync(path, { force: true });
  return 'rolled-back';
}

export function listPrevious(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((n) => n.startsWith(PREVIOUS_PREFIX) && existsSync(join(dataDir, n, KEYRING_FILE)) && existsSync(join(dataDir, n, DB_FILE)))
    .sort();
}

/**
 * Undoes the latest restore: the current vault goes aside (so this too can be undone)
 * and the newest `previous-…` folder comes back. Session must be closed.
 */
export function undoRestore(dataDir: string, now: Date): { restored: string; keptAs: string | null } {
  recoverInterruptedSwap(dataDir);
  const latest = listPrevious(dataDir).at(-1);
  if (!latest) throw new AppError('BACKUP_NOTHING_TO_UNDO', 'no previous vault to return to');
  const from = join(dataDir, latest);
  const keptAs = journaledSwap(dataDir, from, now, () => {
    if (readdirSync(from).length === 0) rmdirSync(from);
  });
  return { restored: latest, keptAs };
}

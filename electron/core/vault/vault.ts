import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Keyring } from '../../../shared/files/keyring';
import { vaultPaths, type VaultPaths } from '../paths';
import { openEncryptedDatabase, type SqliteDb } from '../db/open';
import { createKysely, migrateToLatest, type AppDb } from '../db/kysely';
import { assertPinnedSchema } from '../db/schema-pin';
import { readKeyring, writeKeyring } from './keyring';
import { fsyncDir } from '../fs/atomic';

export interface VaultOptions {
  nativeBinding?: string;
  cacheKiB?: number;
}

export interface OpenVault {
  sqlite: SqliteDb;
  db: AppDb;
}

const SQLITE_DAMAGE = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_IOERR_SHORT_READ']);

export function isDamageError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return typeof code === 'string' && (SQLITE_DAMAGE.has(code) || code.startsWith('SQLITE_CORRUPT'));
}

/** The files of one vault on disk: the encrypted database and its keyring. */
export class Vault {
  readonly paths: VaultPaths;
  constructor(
    dir: string,
    private readonly opts: VaultOptions = {},
  ) {
    this.paths = vaultPaths(dir);
  }

  /** The keyring is written last during setup, so its presence means a complete vault. */
  exists(): boolean {
    return existsSync(this.paths.keyring);
  }

  keyring(): Keyring {
    return readKeyring(this.paths.keyring);
  }

  saveKeyring(k: Keyring): void {
    writeKeyring(this.paths.keyring, k);
  }

  /** Opens with the data key and migrates; every failure is a clear AppError. */
  async open(dek: Buffer): Promise<OpenVault> {
    if (hasLeftoverWal(this.paths.db)) this.checkAfterUncleanShutdown(dek);
    const sqlite = openEncryptedDatabase(this.paths.db, dek, this.opts);
    try {
      checkNotTruncated(sqlite);
      await assertPinnedSchema(sqlite);
      const db = createKysely(sqlite);
      await migrateToLatest(db);
      return { sqlite, db };
    } catch (e) {
      sqlite.close();
      if (isDamageError(e)) throw new AppError('DATABASE_DAMAGED', `database is damaged: ${(e as Error).message}`);
      throw e;
    }
  }

  /**
   * Creates a new vault. Everything is built under temporary names first; the keyring
   * is renamed into place last, so an interrupted setup leaves nothing that blocks a
   * second attempt (and any stray database without a keyring is moved aside, never deleted).
   */
  async create(dek: Buffer, build: (v: OpenVault) => Promise<void>, keyring: Keyring): Promise<void> {
    if (this.exists()) throw new AppError('VAULT_EXISTS', 'a vault already exists in this folder');
    mkdirSync(this.paths.dir, { recursive: true, mode: 0o700 });
    this.clearLeftovers();
    const staging = join(this.paths.dir, `.setup-${randomBytes(6).toString('hex')}.db`);
    // Owner-only from the first byte; SQLite gives its -wal and -shm files the same mode.
    closeSync(openSync(staging, 'wx', 0o600));
    const sqlite = openEncryptedDatabase(staging, dek, { ...this.opts, create: true });
    try {
      const db = createKysely(sqlite);
      await migrateToLatest(db);
      await build({ sqlite, db });
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      sqlite.close();
    }
    for (const suffix of ['-wal', '-shm']) if (existsSync(staging + suffix)) rmSync(staging + suffix);
    renameSync(staging, this.paths.db);
    fsyncDir(this.paths.dir);
    this.saveKeyring(keyring);
  }

  /**
   * A non-empty -wal means the app did not close cleanly. Closing a read-write connection
   * would checkpoint that WAL into the database even when we then refuse the file, so a
   * damaged vault is checked first through a read-only connection, which never
   * checkpoints: a refusal then leaves every file as it was. Only after a crash, so the
   * full read is not paid on ordinary sign-ins.
   */
  private checkAfterUncleanShutdown(dek: Buffer): void {
    // The -shm index is rebuilt from the WAL by any opener; on refusal it is put back too.
    const shm = this.paths.db + '-shm';
    const shmBefore = existsSync(shm) ? readFileSync(shm) : null;
    let refusal: unknown = null;
    const ro = openEncryptedDatabase(this.paths.db, dek, { ...this.opts, readonly: true });
    try {
      const result = ro.pragma('quick_check', { simple: true });
      if (result !== 'ok')
        refusal = new AppError('DATABASE_DAMAGED', `database failed its check after an unclean shutdown: ${String(result)}`);
    } catch (e) {
      refusal = isDamageError(e) ? new AppError('DATABASE_DAMAGED', `database is damaged: ${(e as Error).message}`) : e;
    } finally {
      ro.close();
    }
    if (refusal === null) return;
    if (shmBefore) writeFileSync(shm, shmBefore);
    else rmSync(shm, { force: true });
    throw refusal;
  }

  private clearLeftovers(): void {
    for (const name of readdirSync(this.paths.dir)) {
      if (name.startsWith('.setup-')) rmSync(join(this.paths.dir, name), { force: true });
    }
    if (existsSync(this.paths.db)) {
      // A database without its keyring cannot be opened; keep it aside in case the
      // keyring turns up again (a backup), rather than destroying it.
      const aside = `${this.paths.db}.orphan-${Date.now()}`;
      renameSync(this.paths.db, aside);
      for (const suffix of ['-wal', '-shm']) if (existsSync(this.paths.db + suffix)) renameSync(this.paths.db + suffix, aside + suffix);
    }
  }
}

function hasLeftoverWal(dbPath: string): boolean {
  const wal = dbPath + '-wal';
  return existsSync(wal) && statSync(wal).size > 0;
}

/**
 * A file cut off part-way (a copy that stopped early) is refused up front. Pages that
 * live only in the WAL legitimately extend past the main file, so the length check
 * applies only when there is no WAL content.
 */
function checkNotTruncated(sqlite: SqliteDb): void {
  const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
  const pages = Number(sqlite.pragma('page_count', { simple: true }));
  const size = statSync(sqlite.name).size;
  const walSize = existsSync(sqlite.name + '-wal') ? statSync(sqlite.name + '-wal').size : 0;
  if (size % pageSize !== 0 || (walSize === 0 && size < pages * pageSize)) {
    throw new AppError('DATABASE_DAMAGED', 'database file is shorter than its page count (truncated)');
  }
}

import type { SessionUser } from '../../shared/domain/user';
import type { AppDb } from './db/kysely';
import type { SqliteDb } from './db/open';
import type { SealedCategory } from '../../shared/sealed-categories';
import { AppError } from '../../shared/errors';

/**
 * One unlocked vault and the staff member using it. Closing it closes the database
 * and overwrites the data key and the category keys in memory. A session whose role is
 * not entitled to a sealed category never holds that category's key.
 */
export class Session {
  lastActivity: number;
  idleLockMs: number;
  /** Residents whose file she opened by breaking the glass: for this session only, gone at lock. */
  readonly brokenGlass = new Set<string>();
  constructor(
    readonly sqlite: SqliteDb,
    readonly db: AppDb,
    private readonly dek: Buffer,
    public user: SessionUser,
    now: number,
    idleLockMinutes: number,
  ) {
    this.lastActivity = now;
    this.idleLockMs = idleLockMinutes * 60_000;
  }

  private readonly categoryKeys = new Map<SealedCategory, Buffer>();

  /** Takes ownership of the keys (wiped on close or when replaced). */
  setCategoryKeys(keys: Map<SealedCategory, Buffer>): void {
    for (const [c, k] of keys) {
      if (this.categoryKeys.get(c) !== k) this.categoryKeys.get(c)?.fill(0);
      this.categoryKeys.set(c, k);
    }
  }

  /** Drops keys the role is no longer entitled to (a manager changed the signed-in user's role). */
  dropCategoryKeys(keep: readonly SealedCategory[]): void {
    for (const [c, k] of [...this.categoryKeys]) {
      if (keep.includes(c)) continue;
      k.fill(0);
      this.categoryKeys.delete(c);
    }
  }

  /** Lends the data key and every held category key, for sealing them to keyring slots. */
  withKeys<T>(fn: (dek: Buffer, categories: ReadonlyMap<SealedCategory, Buffer>) => T): T {
    return fn(this.dek, this.categoryKeys);
  }

  heldCategories(): SealedCategory[] {
    return [...this.categoryKeys.keys()];
  }

  /** Lends a category key; a session without it is refused (its role is not entitled, or the wrap is missing). */
  withCategoryKey<T>(category: SealedCategory, fn: (key: Buffer) => T): T {
    const key = this.categoryKeys.get(category);
    if (!key) throw new AppError('SEALED_KEY_MISSING', `this session holds no ${category} key`);
    return fn(key);
  }

  /** Lends the data key for re-wrapping (new slots); never returned or stored elsewhere. */
  withDataKey<T>(fn: (dek: Buffer) => T): T {
    return fn(this.dek);
  }

  close(): void {
    try {
      if (this.sqlite.open) {
        this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
        this.sqlite.close();
      }
    } finally {
      this.dek.fill(0);
      for (const k of this.categoryKeys.values()) k.fill(0);
      this.categoryKeys.clear();
    }
  }
}

import type { SessionUser } from '../../shared/domain/user';
import type { AppDb } from './db/kysely';
import type { SqliteDb } from './db/open';

/**
 * One unlocked vault and the staff member using it. Closing it closes the database
 * and overwrites the data key in memory.
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
    }
  }
}

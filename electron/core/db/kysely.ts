/* eslint-disable @typescript-eslint/no-explicit-any -- the migrator works below the typed schema */
import { Kysely, Migrator, SqliteDialect, type Driver, type Migration } from 'kysely';
import { AppError } from '../../../shared/errors';
import { migrations, staticMigrationProvider } from '../../../migrations';
import type { DB } from './schema';
import type { SqliteDb } from './open';

export type AppDb = Kysely<DB>;

/**
 * When a write fails at the disk (full, size limit, drive gone) SQLite has already rolled
 * the transaction back; Kysely's own ROLLBACK would then fail with "no transaction is
 * active" and hide the real error. Roll back only what is still open.
 */
class RollbackOnceDialect extends SqliteDialect {
  constructor(private readonly sqlite: SqliteDb) {
    super({ database: sqlite });
  }
  override createDriver(): Driver {
    const driver = super.createDriver();
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.rollbackTransaction = async (connection) => {
      if (this.sqlite.inTransaction) await rollback(connection);
    };
    return driver;
  }
}

export function createKysely(sqlite: SqliteDb): AppDb {
  return new Kysely<DB>({ dialect: new RollbackOnceDialect(sqlite) });
}

export function createMigrator(db: Kysely<any>, provider = staticMigrationProvider): Migrator {
  return new Migrator({ db, provider });
}

/** Brings the schema up to date; refuses a database made by a newer app. */
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = createMigrator(db);
  const known = new Set(Object.keys(migrations));
  // Kysely lists only migrations it knows; look at its table for ones it does not.
  const rows = await db
    .selectFrom('kysely_migration' as never)
    .select('name' as never)
    .execute()
    .catch(() => [] as { name: string }[]);
  const unknown = (rows as { name: string }[]).filter((r) => !known.has(r.name));
  if (unknown.length > 0) throw new AppError('SCHEMA_TOO_NEW', `database has newer migrations: ${unknown.map((r) => r.name).join(', ')}`);
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

export type { Migration };

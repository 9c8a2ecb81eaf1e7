/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { NO_MIGRATIONS, sql, type Kysely, type MigrationResultSet } from 'kysely';
import { MIGRATION_NAMES } from '../../../migrations';
import { openEncryptedDatabase, type SqliteDb } from '../db/open';
import { createKysely, createMigrator } from '../db/kysely';
import type { TempDirs } from './vault-fixture';

/**
 * The migration test pattern: bring a fresh encrypted database to the migration before
 * N (for the first one, the empty database), write rows the way the older app did,
 * run migration N, and check what it made of them. Uses the same static provider as
 * the app, so a migration missing from migrations/index.ts cannot be tested by mistake.
 */
export interface MigrationCase<T> {
  /** Name of the migration under test, as listed in migrations/index.ts. */
  migration: string;
  /** Writes rows using the schema as it was before the migration. */
  seed: (db: Kysely<any>, sqlite: SqliteDb) => Promise<T>;
  /** Asserts on schema and rows after the migration. */
  check: (db: Kysely<any>, seeded: T, sqlite: SqliteDb) => Promise<void>;
}

function mustSucceed(result: MigrationResultSet, target: string): void {
  if (result.error) throw new Error(`migrating to ${target} failed: ${String(result.error)}`);
  const failed = result.results?.filter((r) => r.status === 'Error') ?? [];
  if (failed.length) throw new Error(`migration ${failed.map((r) => r.migrationName).join(', ')} failed`);
}

export function previousMigration(name: string): string | typeof NO_MIGRATIONS {
  const i = MIGRATION_NAMES.indexOf(name);
  if (i < 0) throw new Error(`${name} is not in migrations/index.ts`);
  return i === 0 ? NO_MIGRATIONS : MIGRATION_NAMES[i - 1]!;
}

/** A fresh encrypted database with its Kysely instance; destroy() closes both. */
export function freshDatabase(dirs: TempDirs): { sqlite: SqliteDb; db: Kysely<any> } {
  const sqlite = openEncryptedDatabase(join(dirs.make('migration'), 'migration.db'), randomBytes(32), { create: true });
  return { sqlite, db: createKysely(sqlite) as Kysely<any> };
}

export async function migrateTo(db: Kysely<any>, target: string | typeof NO_MIGRATIONS): Promise<void> {
  mustSucceed(await createMigrator(db).migrateTo(target), String(target));
}

export async function runMigrationCase<T>(dirs: TempDirs, c: MigrationCase<T>): Promise<void> {
  const { sqlite, db } = freshDatabase(dirs);
  try {
    await migrateTo(db, previousMigration(c.migration));
    const seeded = await c.seed(db, sqlite);
    await migrateTo(db, c.migration);
    await c.check(db, seeded, sqlite);
  } finally {
    await db.destroy();
  }
}

/** A fresh database brought to `target`, for tests that write rows the schema must accept or refuse. */
export async function withDatabaseAt(dirs: TempDirs, target: string, use: (db: Kysely<any>) => Promise<void>): Promise<void> {
  const { db } = freshDatabase(dirs);
  try {
    await migrateTo(db, target);
    await use(db);
  } finally {
    await db.destroy();
  }
}

/** Every table SQLite holds, its own and FTS shadow tables included, so a rollback that leaves one behind shows. */
export async function tableNames(db: Kysely<any>): Promise<string[]> {
  const r = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db);
  return r.rows.map((x) => x.name);
}

const MIGRATION_TEST_TIME = '2026-01-01T08:00:00.000Z';

/**
 * A residents row as 0002 created the table, with no staff behind it; a test adds the
 * columns its migration is about (and created_by once it has written users).
 */
export function residentRow(n: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `r${n}`,
    code: `KGL-2026-${String(n).padStart(4, '0')}`,
    code_site: 'KGL',
    code_year: 2026,
    code_seq: n,
    status: 'admitted',
    display_name: `Resident ${n}`,
    sort_name: `resident ${n}`,
    admitted_on: '2026-01-01',
    search_text: `^resident$ kgl20260${n}`,
    created_at: MIGRATION_TEST_TIME,
    updated_at: MIGRATION_TEST_TIME,
    ...over,
  };
}

/** The columns of an index, in order (empty once the index is gone): what an index migration made. */
export const indexColumns = async (db: Kysely<any>, name: string): Promise<string[]> =>
  (await sql<any>`SELECT name FROM pragma_index_info(${name}) ORDER BY seqno`.execute(db)).rows.map((r: any) => r.name as string);

/** SQLite's query plan for a statement, one line: which index a list or report query reads. */
export const queryPlan = async (db: Kysely<any>, query: string): Promise<string> =>
  (await sql<any>`EXPLAIN QUERY PLAN ${sql.raw(query)}`.execute(db)).rows.map((r: any) => r.detail as string).join(' | ');

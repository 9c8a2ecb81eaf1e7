import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { MIGRATION_NAMES } from '../../../migrations';
import { createKysely, createMigrator } from './kysely';
import type { SqliteDb } from './open';

/**
 * Schema pinning: a database must hold exactly the tables, indexes, triggers and views
 * its applied migrations create. Anyone with the data key can add a trigger (one that
 * raises IGNORE on the audit table drops every entry without an error), so the
 * expected schema is computed, never listed: the same migrations are run on an empty
 * in-memory database (no file, nothing on disk) and the result cached per migration,
 * so a new migration needs no change here.
 */
type SchemaRow = { type: string; name: string; tbl_name: string; sql: string | null };

const expectedByMigration = new Map<string, Promise<Map<string, string>>>();

function readSchema(sqlite: SqliteDb): Map<string, string> {
  const rows = sqlite.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[];
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, `${r.tbl_name}\n${r.sql ?? ''}`]));
}

async function computeExpected(last: string): Promise<Map<string, string>> {
  const mem = new Database(':memory:');
  try {
    const db = createKysely(mem);
    const { error } = await createMigrator(db).migrateTo(last);
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return readSchema(mem);
  } finally {
    mem.close();
  }
}

function expectedAt(last: string): Promise<Map<string, string>> {
  let p = expectedByMigration.get(last);
  if (!p) {
    p = computeExpected(last);
    // A failed computation is not cached: the next open tries again.
    p.catch(() => expectedByMigration.delete(last));
    expectedByMigration.set(last, p);
  }
  return p;
}

/** The schema objects that differ from what the applied migrations create (empty when pinned). */
export async function schemaDifferences(sqlite: SqliteDb): Promise<string[]> {
  const applied = sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'kysely_migration'`).pluck().get()
    ? (sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[])
    : [];
  const actual = readSchema(sqlite);
  // A brand-new file (setup) and a newer app's file are for the migrator to judge, not this check.
  if (applied.length === 0 && actual.size === 0) return [];
  if (applied.some((n) => !MIGRATION_NAMES.includes(n))) return [];
  if (applied.join() !== MIGRATION_NAMES.slice(0, applied.length).join()) return ['the applied migrations are out of order'];
  const expected = applied.length ? await expectedAt(applied[applied.length - 1]!) : new Map<string, string>();
  const out: string[] = [];
  for (const [key, def] of actual) {
    if (!expected.has(key)) out.push(`unknown ${key}`);
    else if (expected.get(key) !== def) out.push(`changed ${key}`);
  }
  for (const key of expected.keys()) if (!actual.has(key)) out.push(`missing ${key}`);
  return out.sort();
}

/** Refuses, before anything is written, a database whose schema is not the pinned one. */
export async function assertPinnedSchema(sqlite: SqliteDb): Promise<void> {
  const diff = await schemaDifferences(sqlite);
  if (diff.length) throw new AppError('SCHEMA_TAMPERED', `database schema differs from its migrations: ${diff.slice(0, 5).join('; ')}`);
}

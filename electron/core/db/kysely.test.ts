import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { AppError } from '../../../shared/errors';
import { LATEST_MIGRATION, MIGRATION_NAMES } from '../../../migrations';
import { migrateToLatest } from './kysely';
import { TempDirs } from '../testing/vault-fixture';
import { freshDatabase } from '../testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

describe('migrateToLatest', () => {
  it('brings an empty database to the latest migration, and is a no-op the second time', async () => {
    const { db } = freshDatabase(dirs);
    try {
      await migrateToLatest(db);
      await migrateToLatest(db);
      const applied = (await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db)).rows.map((r) => r.name);
      expect(applied).toEqual(MIGRATION_NAMES);
      expect(applied.at(-1)).toBe(LATEST_MIGRATION);
    } finally {
      await db.destroy();
    }
  });

  it('refuses a database that records a migration this app does not know (SCHEMA_TOO_NEW), changing nothing', async () => {
    const { db, sqlite } = freshDatabase(dirs);
    try {
      await migrateToLatest(db);
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', ${new Date().toISOString()})`.execute(db);
      const before = sqlite.prepare('SELECT group_concat(name) AS names FROM sqlite_schema').get();
      const error = await migrateToLatest(db).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('SCHEMA_TOO_NEW');
      expect((error as AppError).message).toContain('9999_from_the_future');
      expect(sqlite.prepare('SELECT group_concat(name) AS names FROM sqlite_schema').get()).toEqual(before);
    } finally {
      await db.destroy();
    }
  });
});

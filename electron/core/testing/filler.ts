import type { SqliteDb } from '../db/open';

/**
 * Makes a vault bigger by `mib` MiB of random, incompressible bytes, stored as drafts of
 * the given account: tests need large databases, and a table of their own would be
 * refused on the next open (schema pinning).
 */
export function addFiller(sqlite: SqliteDb, userId: string, mib: number): void {
  const insert = sqlite.prepare(
    `INSERT OR REPLACE INTO drafts (user_id, form_key, data, updated_at) VALUES (?, ?, randomblob(1048576), '2026-01-01T00:00:00.000Z')`,
  );
  for (let i = 0; i < mib; i++) insert.run(userId, `test.filler.${i}`);
}

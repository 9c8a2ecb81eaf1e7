/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, residentRow, runMigrationCase, tableNames, withDatabaseAt } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const resident = (n: number, over: Record<string, unknown> = {}) =>
  residentRow(n, {
    given_names: 'Beata Marie',
    family_name: 'Mukamana',
    search_text: `^beata$ ^marie$ ^mukamana$ kgl20260${n} 788222222`,
    ...over,
  });

/** Row numbers whose shown text (code and given names) holds the phrase. */
const shown = async (db: Kysely<any>, phrase: string) =>
  (
    await sql<{
      rn: number;
    }>`SELECT rowid AS rn FROM resident_shown_search WHERE resident_shown_search MATCH ${`"${phrase}"`} ORDER BY rowid`.execute(db)
  ).rows.map((r) => r.rn);

describe('0009_resident_shown_search', () => {
  it('indexes the code and given names of existing residents only, and keeps them in step afterwards', () =>
    runMigrationCase(dirs, {
      migration: '0009_resident_shown_search',
      seed: async (db) => {
        await db.insertInto('residents').values(resident(1)).execute();
        await db
          .insertInto('residents')
          .values(resident(2, { given_names: null, family_name: 'Beatani' }))
          .execute();
        return { rowNums: [1, 2] };
      },
      check: async (db, seeded) => {
        expect(seeded.rowNums).toEqual([1, 2]);
        expect(await shown(db, 'eat')).toEqual([1]);
        expect(await shown(db, 'marie')).toEqual([1]);
        // The code as typed without hyphens; the family name and phone are not there.
        expect(await shown(db, 'kgl202600')).toEqual([1, 2]);
        expect(await shown(db, 'mukamana')).toEqual([]);
        expect(await shown(db, 'beatani')).toEqual([]);
        expect(await shown(db, '222')).toEqual([]);

        // Renaming moves her in the index; a new resident is indexed; a removed one leaves it.
        await db.updateTable('residents').set({ given_names: 'Claudine' }).where('id', '=', 'r1').execute();
        await db
          .insertInto('residents')
          .values(resident(3, { given_names: 'Marie' }))
          .execute();
        await db.deleteFrom('residents').where('id', '=', 'r2').execute();
        expect(await shown(db, 'beata')).toEqual([]);
        expect(await shown(db, 'claud')).toEqual([1]);
        expect(await shown(db, 'marie')).toEqual([3]);
        expect(await shown(db, 'kgl202600')).toEqual([1, 3]);
      },
    }));

  it('rolls back to 0008, leaving no table or trigger behind', () =>
    withDatabaseAt(dirs, '0009_resident_shown_search', async (db) => {
      await db.insertInto('residents').values(resident(1)).execute();
      await migrateTo(db, '0008_sealed_documents');
      expect((await tableNames(db)).filter((t) => t.startsWith('resident_shown_search'))).toEqual([]);
      const left = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE name LIKE 'residents_shown_%'`.execute(db);
      expect(left.rows).toEqual([]);
      await db.updateTable('residents').set({ given_names: 'Other' }).where('id', '=', 'r1').execute();
    }));
});

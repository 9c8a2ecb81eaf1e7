/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, residentRow, runMigrationCase, withDatabaseAt } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const resident = (n: number, over: Record<string, unknown> = {}) =>
  residentRow(n, { sort_name: `uwimana resident ${n}`, search_text: `^uwimana$ kgl20260${n}`, ...over });

const words = async (db: Kysely<any>) =>
  (
    await sql<{ word: string; row_num: number; sort_name: string; code: string }>`
    SELECT word, row_num, sort_name, code FROM resident_words ORDER BY row_num, word`.execute(db)
  ).rows;

describe('0005_resident_list', () => {
  it('copies sort names and codes into resident_words, and keeps them in step afterwards', () =>
    runMigrationCase(dirs, {
      migration: '0005_resident_list',
      seed: async (db) => {
        await db.insertInto('residents').values(resident(1)).execute();
        await db.insertInto('resident_words').values({ word: 'uwimana', row_num: 1 }).execute();
        return { rowNum: 1 };
      },
      check: async (db, seeded) => {
        expect(await words(db)).toEqual([
          { word: 'uwimana', row_num: seeded.rowNum, sort_name: 'uwimana resident 1', code: 'KGL-2026-0001' },
        ]);

        // A word linked later takes its resident's order; a renamed resident moves all her words.
        await db
          .insertInto('residents')
          .values(resident(2, { sort_name: 'keza resident 2' }))
          .execute();
        await db.insertInto('resident_words').values({ word: 'keza', row_num: 2 }).execute();
        await db.updateTable('residents').set({ sort_name: 'mukamana resident 1' }).where('id', '=', 'r1').execute();
        expect(await words(db)).toEqual([
          { word: 'uwimana', row_num: 1, sort_name: 'mukamana resident 1', code: 'KGL-2026-0001' },
          { word: 'keza', row_num: 2, sort_name: 'keza resident 2', code: 'KGL-2026-0002' },
        ]);

        const indexes = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name`.execute(db);
        expect(indexes.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['resident_words_order', 'residents_birth_key']));
        const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN
          SELECT row_num FROM resident_words WHERE word = 'keza' ORDER BY sort_name, code LIMIT 10`.execute(db);
        expect(plan.rows.map((r) => r.detail).join(' ')).toContain('resident_words_order');
        expect(plan.rows.map((r) => r.detail).join(' ')).not.toContain('TEMP B-TREE');
      },
    }));

  it('rolls back to 0004, keeping resident words and their search', () =>
    withDatabaseAt(dirs, '0005_resident_list', async (db) => {
      await db.insertInto('residents').values(resident(1)).execute();
      await db.insertInto('resident_words').values({ word: 'uwimana', row_num: 1 }).execute();
      await migrateTo(db, '0004_resident_documents');
      expect((await sql<{ word: string; row_num: number }>`SELECT * FROM resident_words`.execute(db)).rows).toEqual([
        { word: 'uwimana', row_num: 1 },
      ]);
      const left = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE name IN
      ('resident_words_order', 'residents_birth_key', 'resident_words_order_ai', 'residents_words_order_au')`.execute(db);
      expect(left.rows).toEqual([]);
      // Renaming still works without the triggers that wrote the dropped columns.
      await db.updateTable('residents').set({ sort_name: 'other' }).where('id', '=', 'r1').execute();
    }));
});

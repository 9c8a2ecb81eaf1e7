/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, residentRow, runMigrationCase, tableNames, withDatabaseAt } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';

const resident = (n: number, over: Record<string, unknown> = {}) => residentRow(n, { created_by: 'u1', updated_by: 'u1', ...over });

const user = (id: string, role: string) => ({
  id,
  username: `${role}.${id}`,
  full_name: `Staff ${id}`,
  role,
  created_at: at,
  updated_at: at,
});

function consent(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    resident_id: 'r1',
    purpose: 'services',
    given_on: '2026-01-02',
    method: 'written',
    given_by: 'resident',
    created_at: at,
    updated_at: at,
    ...over,
  };
}

async function indexNames(db: Kysely<any>, table: string): Promise<string[]> {
  const r = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ${table}`.execute(db);
  return r.rows.map((x) => x.name);
}

async function columnNames(db: Kysely<any>, table: string): Promise<string[]> {
  const r = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
  return r.rows.map((x) => x.name);
}

describe('0003_resident_care', () => {
  it('adds assignment and risk to existing residents (risk "none"), keeping them searchable', () =>
    runMigrationCase(dirs, {
      migration: '0003_resident_care',
      seed: async (db) => {
        await db.insertInto('users').values(user('u1', 'manager')).execute();
        await db
          .insertInto('residents')
          .values([resident(1), resident(2)])
          .execute();
        return { residents: 2 };
      },
      check: async (db, seeded) => {
        const rows = await db
          .selectFrom('residents')
          .select(['id', 'social_worker_id', 'counsellor_id', 'risk_level'])
          .orderBy('id')
          .execute();
        expect(rows).toEqual([
          { id: 'r1', social_worker_id: null, counsellor_id: null, risk_level: 'none' },
          { id: 'r2', social_worker_id: null, counsellor_id: null, risk_level: 'none' },
        ]);
        expect(rows).toHaveLength(seeded.residents);
        const hit = await sql<{
          id: string;
        }>`SELECT r.id FROM resident_search s JOIN residents r ON r.row_num = s.rowid WHERE resident_search MATCH '"sident"' ORDER BY r.id`.execute(
          db,
        );
        expect(hit.rows).toEqual([{ id: 'r1' }, { id: 'r2' }]);
        expect(await indexNames(db, 'residents')).toEqual(
          expect.arrayContaining(['residents_risk_level_sort_name', 'residents_social_worker_sort_name', 'residents_counsellor_sort_name']),
        );
        // The list filter's query uses the new index rather than scanning residents.
        const plan = await sql<{
          detail: string;
        }>`EXPLAIN QUERY PLAN SELECT id FROM residents WHERE risk_level = 'high' ORDER BY sort_name`.execute(db);
        expect(plan.rows.map((r) => r.detail).join(' ')).toContain('residents_risk_level_sort_name');
      },
    }));

  it('enforces risk levels, staff references, consent rules and JSON columns; profiles and consents go with the resident', () =>
    withDatabaseAt(dirs, '0003_resident_care', async (db) => {
      await db
        .insertInto('users')
        .values([user('u1', 'manager'), user('sw', 'social_worker')])
        .execute();
      await db.insertInto('residents').values(resident(1)).execute();
      await db.updateTable('residents').set({ social_worker_id: 'sw', risk_level: 'high' }).where('id', '=', 'r1').execute();
      await expect(db.updateTable('residents').set({ risk_level: 'extreme' }).where('id', '=', 'r1').execute()).rejects.toThrow(/CHECK/);
      await expect(db.updateTable('residents').set({ counsellor_id: 'nobody' }).where('id', '=', 'r1').execute()).rejects.toThrow(
        /FOREIGN KEY/,
      );

      await db
        .insertInto('trafficking_profiles')
        .values({
          resident_id: 'r1',
          means_of_control: '["restricts_movement"]',
          recruited_on: '2025-01-01',
          created_at: at,
          updated_at: at,
        })
        .execute();
      await expect(
        db.insertInto('trafficking_profiles').values({ resident_id: 'r1', created_at: at, updated_at: at }).execute(),
      ).rejects.toThrow(/UNIQUE|PRIMARY/);
      await expect(
        db.insertInto('trafficking_profiles').values({ resident_id: 'nobody', created_at: at, updated_at: at }).execute(),
      ).rejects.toThrow(/FOREIGN KEY/);
      await expect(
        db.updateTable('trafficking_profiles').set({ exited_on: '2024-12-31' }).where('resident_id', '=', 'r1').execute(),
      ).rejects.toThrow(/CHECK/);
      await expect(
        db.updateTable('trafficking_profiles').set({ labour_sectors: 'not json' }).where('resident_id', '=', 'r1').execute(),
      ).rejects.toThrow(/CHECK/);

      await db.insertInto('consents').values(consent('c1')).execute();
      await expect(
        db
          .insertInto('consents')
          .values(consent('c2', { purpose: 'marketing' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await expect(
        db
          .insertInto('consents')
          .values(consent('c3', { method: 'oral_witnessed' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await db
        .insertInto('consents')
        .values(consent('c4', { method: 'oral_witnessed', witness_name: 'Witness' }))
        .execute();
      await expect(
        db
          .insertInto('consents')
          .values(consent('c5', { given_by: 'guardian' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await expect(db.updateTable('consents').set({ withdrawn_on: '2026-01-01' }).where('id', '=', 'c1').execute()).rejects.toThrow(
        /CHECK/,
      );
      await db.updateTable('consents').set({ withdrawn_on: '2026-01-02' }).where('id', '=', 'c1').execute();

      await db.deleteFrom('residents').where('id', '=', 'r1').execute();
      expect(await db.selectFrom('trafficking_profiles').selectAll().execute()).toEqual([]);
      expect(await db.selectFrom('consents').selectAll().execute()).toEqual([]);
    }));

  it('rolls back to 0002, keeping residents and their search index', () =>
    withDatabaseAt(dirs, '0003_resident_care', async (db) => {
      await db
        .insertInto('users')
        .values([user('u1', 'manager'), user('sw', 'social_worker')])
        .execute();
      await db
        .insertInto('residents')
        .values(resident(1, { social_worker_id: 'sw', risk_level: 'moderate' }))
        .execute();
      await migrateTo(db, '0002_residents');
      const columns = await columnNames(db, 'residents');
      for (const c of ['social_worker_id', 'counsellor_id', 'risk_level']) expect(columns).not.toContain(c);
      const tables = await tableNames(db);
      expect(tables).not.toContain('consents');
      expect(tables).not.toContain('trafficking_profiles');
      expect(await db.selectFrom('residents').select('id').execute()).toEqual([{ id: 'r1' }]);
      const hit = await sql<{
        id: string;
      }>`SELECT r.id FROM resident_search s JOIN residents r ON r.row_num = s.rowid WHERE resident_search MATCH '"sident"'`.execute(db);
      expect(hit.rows).toEqual([{ id: 'r1' }]);
      await sql`PRAGMA foreign_key_check`.execute(db);
    }));
});

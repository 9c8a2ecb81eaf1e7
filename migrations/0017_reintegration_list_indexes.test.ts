/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { indexColumns, migrateTo, queryPlan, residentRow, runMigrationCase } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';
const visit = (id: string, over: Record<string, unknown>) => ({
  id,
  resident_id: 'r1',
  month: 1,
  due_on: '2026-02-01',
  status: 'due',
  reschedules: '[]',
  created_at: at,
  updated_at: at,
  ...over,
});

describe('0017_reintegration_list_indexes', () => {
  it('lets My visits read due and recorded visits in order from indexes, keeps the visits, and rolls back', () =>
    runMigrationCase(dirs, {
      migration: '0017_reintegration_list_indexes',
      seed: async (db) => {
        await db
          .insertInto('residents')
          .values(residentRow(1, { id: 'r1' }))
          .execute();
        await db
          .insertInto('reintegration_visits')
          .values([visit('v1', {}), visit('v2', { month: 3, status: 'done', visited_on: '2026-04-02', reached: 1, composite: 3.5 })])
          .execute();
        return {};
      },
      check: async (db) => {
        expect((await sql<any>`SELECT id, status, composite FROM reintegration_visits ORDER BY id`.execute(db)).rows).toEqual([
          { id: 'v1', status: 'due', composite: null },
          { id: 'v2', status: 'done', composite: 3.5 },
        ]);
        expect(await indexColumns(db, 'reintegration_visits_due')).toEqual(['status', 'due_on', 'id']);
        expect(await indexColumns(db, 'reintegration_visits_done_by_resident')).toEqual([
          'status',
          'resident_id',
          'visited_on',
          'reached',
          'composite',
        ]);
        expect(
          await queryPlan(
            db,
            "SELECT id FROM reintegration_visits WHERE status = 'due' AND due_on <= '2027-01-01' ORDER BY due_on, id LIMIT 50",
          ),
        ).not.toMatch(/TEMP B-TREE/);
        expect(
          await queryPlan(
            db,
            "SELECT resident_id, visited_on, reached, composite FROM reintegration_visits WHERE status = 'done' AND visited_on >= '2025-01-01' ORDER BY resident_id, visited_on",
          ),
        ).toMatch(/COVERING INDEX reintegration_visits_done_by_resident/);
        await migrateTo(db, '0016_correction_requests');
        expect(await indexColumns(db, 'reintegration_visits_due')).toEqual(['status', 'due_on']);
        expect(await indexColumns(db, 'reintegration_visits_done_by_resident')).toEqual([]);
      },
    }));
});

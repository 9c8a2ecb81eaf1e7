/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, queryPlan, residentRow, runMigrationCase } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';
let n = 0;
const visit = (resident_id: string, over: Record<string, unknown>) => ({
  id: `v${String(++n).padStart(2, '0')}`,
  resident_id,
  month: 1,
  due_on: '2026-02-01',
  status: 'due',
  reschedules: '[]',
  created_at: at,
  updated_at: at,
  ...over,
});
const done = (resident_id: string, visited_on: string, composite: number | null) =>
  visit(resident_id, { status: 'done', visited_on, reached: composite === null ? 0 : 1, composite });

describe('0018_reintegration_attention', () => {
  it('summarises each resident’s recorded visits (falling, missed twice, last score), lists the flagged from an index, and rolls back', () =>
    runMigrationCase(dirs, {
      migration: '0018_reintegration_attention',
      seed: async (db) => {
        await db
          .insertInto('residents')
          .values([1, 2, 3, 4].map((i) => residentRow(i)))
          .execute();
        await db
          .insertInto('reintegration_visits')
          .values([
            // Falling: 3.5 then 2.9 (a miss between does not hide it), recorded out of order.
            done('r1', '2026-06-01', 2.9),
            done('r1', '2026-02-01', 3.5),
            done('r1', '2026-04-01', null),
            // Not reached at the last two visits; a visit still due is not a visit.
            done('r2', '2026-02-01', 3),
            done('r2', '2026-04-01', null),
            done('r2', '2026-07-01', null),
            visit('r2', { due_on: '2026-12-01' }),
            // Rising: nothing to flag, yet her last score and visit are kept.
            done('r3', '2026-02-01', 3),
            done('r3', '2026-05-01', 3.2),
            // Nothing recorded yet: no summary.
            visit('r4', {}),
            visit('r4', { status: 'not_to_be_made', cancelled_because: 'case_closed' }),
          ])
          .execute();
        return {};
      },
      check: async (db) => {
        expect((await sql<any>`SELECT * FROM reintegration_attention ORDER BY resident_id`.execute(db)).rows).toEqual([
          {
            resident_id: 'r1',
            last_visited_on: '2026-06-01',
            falling_from: '2026-02-01',
            unreached_from: null,
            last_composite: 2.9,
            last_composite_on: '2026-06-01',
            needs_attention: 1,
          },
          {
            resident_id: 'r2',
            last_visited_on: '2026-07-01',
            falling_from: null,
            unreached_from: '2026-04-01',
            last_composite: 3,
            last_composite_on: '2026-02-01',
            needs_attention: 1,
          },
          {
            resident_id: 'r3',
            last_visited_on: '2026-05-01',
            falling_from: null,
            unreached_from: null,
            last_composite: 3.2,
            last_composite_on: '2026-05-01',
            needs_attention: 0,
          },
        ]);
        expect(
          await queryPlan(
            db,
            "SELECT count(*) FROM reintegration_attention WHERE needs_attention = 1 AND last_visited_on >= '2026-01-01' AND (falling_from >= '2025-06-01' OR unreached_from >= '2025-06-01')",
          ),
        ).toMatch(/COVERING INDEX reintegration_attention_list/);
        await migrateTo(db, '0017_reintegration_list_indexes');
        expect((await sql<any>`SELECT name FROM sqlite_schema WHERE name LIKE 'reintegration_attention%'`.execute(db)).rows).toEqual([]);
        expect((await sql<any>`SELECT count(*) AS n FROM reintegration_visits`.execute(db)).rows).toEqual([{ n: 11 }]);
      },
    }));
});

/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { indexColumns, migrateTo, queryPlan, runMigrationCase } from '../electron/core/testing/migration-harness';
import { at, seedCounsellorAndResident } from './rehab-migration-seed';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

describe('0019_report_indexes', () => {
  it('lets reports read participations, research consents and follow-up visits from indexes, keeps the rows, and rolls back', () =>
    runMigrationCase(dirs, {
      migration: '0019_report_indexes',
      seed: async (db) => {
        await seedCounsellorAndResident(db);
        await db
          .insertInto('counselling_sessions')
          .values({
            id: 's1',
            type: 'individual',
            starts_at: '2026-02-03T09:00:00.000Z',
            duration_minutes: 50,
            counsellor_id: 'u1',
            created_at: at,
            updated_at: at,
          })
          .execute();
        await db
          .insertInto('counselling_participants')
          .values({ session_id: 's1', resident_id: 'r1', starts_at: '2026-02-03T09:00:00.000Z', attendance: 'attended', who5_score: 60 })
          .execute();
        await db
          .insertInto('consents')
          .values({
            id: 'c1',
            resident_id: 'r1',
            purpose: 'research',
            given_on: '2026-01-02',
            method: 'written',
            given_by: 'resident',
            created_at: at,
            updated_at: at,
          })
          .execute();
        return {};
      },
      check: async (db) => {
        expect((await sql<any>`SELECT resident_id, attendance, who5_score FROM counselling_participants`.execute(db)).rows).toEqual([
          { resident_id: 'r1', attendance: 'attended', who5_score: 60 },
        ]);
        expect((await sql<any>`SELECT id, purpose, decision FROM consents`.execute(db)).rows).toEqual([
          { id: 'c1', purpose: 'research', decision: 'given' },
        ]);
        expect(await indexColumns(db, 'counselling_participants_by_start')).toEqual([
          'starts_at',
          'resident_id',
          'attendance',
          'who5_score',
        ]);
        expect(await indexColumns(db, 'consents_purpose_in_force')).toEqual([
          'purpose',
          'resident_id',
          'decision',
          'given_on',
          'withdrawn_on',
          'given_by',
          'created_at',
        ]);
        const participations = await queryPlan(
          db,
          "SELECT resident_id, starts_at, attendance, who5_score FROM counselling_participants WHERE starts_at >= '2026-01-01' AND starts_at < '2026-12-31~' ORDER BY starts_at",
        );
        expect(participations).toMatch(/COVERING INDEX counselling_participants_by_start/);
        expect(participations).not.toMatch(/TEMP B-TREE/);
        expect(
          await queryPlan(
            db,
            "SELECT resident_id, decision, given_on, withdrawn_on, given_by, created_at FROM consents WHERE purpose = 'research'",
          ),
        ).toMatch(/COVERING INDEX consents_purpose_in_force/);
        expect(await indexColumns(db, 'reintegration_visits_done_by_month')).toEqual([
          'status',
          'month',
          'visited_on',
          'resident_id',
          'reached',
          'composite',
        ]);
        const visits = await queryPlan(
          db,
          "SELECT resident_id, visited_on, reached, composite FROM reintegration_visits WHERE status = 'done' AND month = 6 AND visited_on >= '2026-01-01' AND visited_on <= '2026-12-31' ORDER BY visited_on",
        );
        expect(visits).toMatch(/COVERING INDEX reintegration_visits_done_by_month/);
        expect(visits).not.toMatch(/TEMP B-TREE/);
        await migrateTo(db, '0018_reintegration_attention');
        expect(await indexColumns(db, 'reintegration_visits_done_by_month')).toEqual([]);
        expect(await indexColumns(db, 'counselling_participants_by_start')).toEqual([]);
        expect(await indexColumns(db, 'consents_purpose_in_force')).toEqual([]);
        expect((await sql<any>`SELECT count(*) AS n FROM counselling_participants`.execute(db)).rows).toEqual([{ n: 1 }]);
      },
    }));
});

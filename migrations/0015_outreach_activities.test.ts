/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, residentRow, runMigrationCase, tableNames } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';
const activity = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  held_on: '2026-01-10',
  type: 'school_talk',
  district: 'Bugesera',
  audience: 'students',
  female_under_18: 40,
  created_at: at,
  updated_at: at,
  ...over,
});

describe('0015_outreach_activities', () => {
  it('adds the activity log beside existing data, with its rules, and rolls back cleanly', () =>
    runMigrationCase(dirs, {
      migration: '0015_outreach_activities',
      seed: async (db) => {
        await db.insertInto('residents').values(residentRow(1)).execute();
        return { before: await tableNames(db) };
      },
      check: async (db, seeded) => {
        expect((await sql<any>`SELECT count(*) AS n FROM residents`.execute(db)).rows[0].n).toBe(1);
        await db.insertInto('outreach_activities').values(activity('a1')).execute();
        await db
          .insertInto('outreach_activities')
          .values(activity('a2', { district: null, camp: 'mahama' }))
          .execute();
        const fails = (row: Record<string, unknown>) =>
          db
            .insertInto('outreach_activities')
            .values(row)
            .execute()
            .then(
              () => 'accepted',
              (e: Error) => e.message,
            );
        expect(await fails(activity('a3', { district: null }))).toMatch(/CHECK/);
        expect(await fails(activity('a4', { male_adult: -1 }))).toMatch(/CHECK/);
        expect(await fails(activity('a5', { partner_ids: 'not json' }))).toMatch(/CHECK/);
        const rows = await sql<any>`SELECT id, partner_ids, staff_ids, female_adult FROM outreach_activities ORDER BY id`.execute(db);
        expect(rows.rows).toEqual([
          { id: 'a1', partner_ids: '[]', staff_ids: '[]', female_adult: 0 },
          { id: 'a2', partner_ids: '[]', staff_ids: '[]', female_adult: 0 },
        ]);
        await migrateTo(db, '0014_consent_research_refusal');
        expect(await tableNames(db)).toEqual(seeded.before);
      },
    }));
});

import { afterAll, describe, expect, it } from 'vitest';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, previousMigration, residentRow, runMigrationCase, tableNames } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-03-01T08:00:00.000Z';

describe('0013_reintegration', () => {
  it('adds plans, visits and closures beside existing residents, who have none yet', () =>
    runMigrationCase(dirs, {
      migration: '0013_reintegration',
      seed: async (db) => {
        await db
          .insertInto('residents')
          .values(residentRow(1, { status: 'discharged' }))
          .execute();
        expect(await tableNames(db)).not.toContain('reintegration_plans');
        return {};
      },
      check: async (db) => {
        expect(await tableNames(db)).toEqual(
          expect.arrayContaining(['reintegration_plans', 'reintegration_visits', 'reintegration_closures']),
        );
        expect(await db.selectFrom('reintegration_plans').selectAll().execute()).toEqual([]);
        const plan = {
          id: 'p1',
          resident_id: 'r1',
          destination_type: 'family',
          country: 'RW',
          risk: 'low',
          created_at: at,
          updated_at: at,
        };
        await db.insertInto('reintegration_plans').values(plan).execute();
        const row = await db.selectFrom('reintegration_plans').selectAll().executeTakeFirstOrThrow();
        expect(row.details).toBe('{}');
        // One plan per resident.
        await expect(
          db
            .insertInto('reintegration_plans')
            .values({ ...plan, id: 'p2' })
            .execute(),
        ).rejects.toThrow(/UNIQUE/);
        const visit = { id: 'v1', resident_id: 'r1', month: 1, due_on: '2026-04-01', status: 'due', created_at: at, updated_at: at };
        await db.insertInto('reintegration_visits').values(visit).execute();
        expect((await db.selectFrom('reintegration_visits').select('reschedules').executeTakeFirstOrThrow()).reschedules).toBe('[]');
        // Only the three states.
        await expect(
          db
            .insertInto('reintegration_visits')
            .values({ ...visit, id: 'v2', status: 'maybe' })
            .execute(),
        ).rejects.toThrow(/CHECK/);
        // A visit names a resident who exists.
        await expect(
          db
            .insertInto('reintegration_visits')
            .values({ ...visit, id: 'v3', resident_id: 'nobody' })
            .execute(),
        ).rejects.toThrow(/FOREIGN KEY/);
        await db
          .insertInto('reintegration_closures')
          .values({ id: 'c1', resident_id: 'r1', closed_on: '2026-03-01', reason: 'died', closed_at: at })
          .execute();
        expect((await db.selectFrom('reintegration_closures').selectAll().executeTakeFirstOrThrow()).reopened_at).toBeNull();
        // Undone, it leaves nothing behind (an older backup is made by migrating down).
        await migrateTo(db, previousMigration('0013_reintegration'));
        expect((await tableNames(db)).filter((n) => n.startsWith('reintegration'))).toEqual([]);
      },
    }));
});

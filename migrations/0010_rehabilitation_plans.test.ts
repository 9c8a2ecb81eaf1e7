import { afterAll, describe, expect, it } from 'vitest';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, previousMigration, runMigrationCase, withDatabaseAt } from '../electron/core/testing/migration-harness';
import { at, seedCounsellorAndResident } from './rehab-migration-seed';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

describe('0010_rehabilitation_plans', () => {
  it('keeps residents as they were and gives them room for a plan, goals, reviews and versions', () =>
    runMigrationCase(dirs, {
      migration: '0010_rehabilitation_plans',
      seed: seedCounsellorAndResident,
      check: async (db) => {
        expect(await db.selectFrom('residents').select('id').execute()).toEqual([{ id: 'r1' }]);
        await db.insertInto('rehab_plans').values({ resident_id: 'r1', version: 1, created_at: at, updated_at: at }).execute();
        const goal = { id: 'g1', resident_id: 'r1', position: 0, domain: 'health', description: 'Sleep', created_at: at, updated_at: at };
        await expect(
          db
            .insertInto('rehab_goals')
            .values({ ...goal, status: 'done' })
            .execute(),
        ).rejects.toThrow(/CHECK/);
        await db
          .insertInto('rehab_goals')
          .values({ ...goal, status: 'in_progress' })
          .execute();
        await db
          .insertInto('rehab_goal_reviews')
          .values({ id: 'v1', goal_id: 'g1', reviewed_on: '2026-01-02', note: 'ok', created_at: at })
          .execute();
        await expect(
          db.insertInto('rehab_plan_versions').values({ resident_id: 'r1', version: 1, plan_values: 'not json', saved_at: at }).execute(),
        ).rejects.toThrow(/CHECK/);
        await db.deleteFrom('rehab_goals').execute();
        expect(await db.selectFrom('rehab_goal_reviews').selectAll().execute()).toEqual([]);
      },
    }));

  it('rolls back to the previous schema', () =>
    withDatabaseAt(dirs, '0010_rehabilitation_plans', async (db) => {
      await migrateTo(db, previousMigration('0010_rehabilitation_plans'));
      const names = (await db.introspection.getTables()).map((t) => t.name);
      expect(names.filter((n) => n.startsWith('rehab_'))).toEqual([]);
    }));
});

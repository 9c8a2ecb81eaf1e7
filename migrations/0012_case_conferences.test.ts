import { afterAll, describe, expect, it } from 'vitest';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, previousMigration, runMigrationCase, withDatabaseAt } from '../electron/core/testing/migration-harness';
import { at, seedCounsellorAndResident } from './rehab-migration-seed';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

describe('0012_case_conferences', () => {
  it('adds conferences of a resident, with attendees and actions as JSON', () =>
    runMigrationCase(dirs, {
      migration: '0012_case_conferences',
      seed: seedCounsellorAndResident,
      check: async (db) => {
        expect(await db.selectFrom('residents').select('id').execute()).toEqual([{ id: 'r1' }]);
        const row = { id: 'c1', resident_id: 'r1', held_on: '2026-01-05', decisions: 'School in March', created_at: at, updated_at: at };
        await expect(
          db
            .insertInto('case_conferences')
            .values({ ...row, attendees: '{' })
            .execute(),
        ).rejects.toThrow(/CHECK/);
        await db
          .insertInto('case_conferences')
          .values({ ...row, attendees: '[]' })
          .execute();
        expect(await db.selectFrom('case_conferences').select('actions').executeTakeFirst()).toEqual({ actions: '[]' });
      },
    }));

  it('rolls back to the previous schema', () =>
    withDatabaseAt(dirs, '0012_case_conferences', async (db) => {
      await migrateTo(db, previousMigration('0012_case_conferences'));
      const names = (await db.introspection.getTables()).map((t) => t.name);
      expect(names).not.toContain('case_conferences');
    }));
});

import { afterAll, describe, expect, it } from 'vitest';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, previousMigration, runMigrationCase, withDatabaseAt } from '../electron/core/testing/migration-harness';
import { at, seedCounsellorAndResident } from './rehab-migration-seed';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const session = { id: 's1', type: 'individual', starts_at: at, duration_minutes: 50, counsellor_id: 'u1', created_at: at, updated_at: at };
const participant = { session_id: 's1', resident_id: 'r1', starts_at: at, attendance: 'attended' };

describe('0011_counselling_sessions', () => {
  it('adds sessions with per-resident participants whose scores stay within their scales', () =>
    runMigrationCase(dirs, {
      migration: '0011_counselling_sessions',
      seed: seedCounsellorAndResident,
      check: async (db) => {
        expect(await db.selectFrom('residents').select('id').execute()).toEqual([{ id: 'r1' }]);
        await db.insertInto('counselling_sessions').values(session).execute();
        await expect(
          db
            .insertInto('counselling_participants')
            .values({ ...participant, who5_score: 104 })
            .execute(),
        ).rejects.toThrow(/CHECK/);
        await expect(
          db
            .insertInto('counselling_participants')
            .values({ ...participant, distress: 11 })
            .execute(),
        ).rejects.toThrow(/CHECK/);
        await expect(
          db
            .insertInto('counselling_participants')
            .values({ ...participant, attendance: 'late' })
            .execute(),
        ).rejects.toThrow(/CHECK/);
        await db
          .insertInto('counselling_participants')
          .values({ ...participant, who5: '[1,2,3,4,5]', who5_score: 60 })
          .execute();
        await db
          .insertInto('counselling_risk_flags')
          .values({ id: 'f1', resident_id: 'r1', session_id: 's1', flag: 'self_harm', raised_at: at })
          .execute();
        await db.deleteFrom('counselling_sessions').execute();
        expect(await db.selectFrom('counselling_participants').selectAll().execute()).toEqual([]);
        expect(await db.selectFrom('counselling_risk_flags').selectAll().execute()).toEqual([]);
      },
    }));

  it('rolls back to the previous schema', () =>
    withDatabaseAt(dirs, '0011_counselling_sessions', async (db) => {
      await migrateTo(db, previousMigration('0011_counselling_sessions'));
      const names = (await db.introspection.getTables()).map((t) => t.name);
      expect(names.filter((n) => n.startsWith('counselling_'))).toEqual([]);
    }));
});

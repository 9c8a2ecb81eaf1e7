import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, residentRow, runMigrationCase, tableNames, withDatabaseAt } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';
const NEW_TABLES = [
  'bed_assignments',
  'beds',
  'referrals_in',
  'resident_name_word_search',
  'resident_name_words',
  'resident_search',
  'resident_words',
  'residents',
  'rooms',
  'stays',
];

const resident = (n: number, over: Record<string, unknown> = {}) =>
  residentRow(n, { search_text: `^uwimana$ ^aline$ kgl20260${n}`, created_by: 'u1', updated_by: 'u1', ...over });

describe('0002_residents', () => {
  it('adds the resident tables to a foundation database, keeping its users and audit log', () =>
    runMigrationCase(dirs, {
      migration: '0002_residents',
      seed: async (db) => {
        await db
          .insertInto('users')
          .values({ id: 'u1', username: 'manager.one', full_name: 'Manager One', role: 'manager', created_at: at, updated_at: at })
          .execute();
        await db
          .insertInto('audit_log')
          .values({ seq: 1, at, actor_id: 'u1', action: 'vault.created', details: '{}', prev_hash: '0', hash: '1' })
          .execute();
        return { users: 1 };
      },
      check: async (db, seeded) => {
        const names = await tableNames(db);
        for (const t of NEW_TABLES) expect(names).toContain(t);
        expect((await db.selectFrom('users').selectAll().execute()).length).toBe(seeded.users);
        expect((await db.selectFrom('audit_log').select('action').execute()).map((r) => r.action)).toEqual(['vault.created']);

        await db.insertInto('residents').values(resident(1)).execute();
        await db
          .insertInto('stays')
          .values({ id: 's1', resident_id: 'r1', admitted_on: '2026-01-01', created_at: at, updated_at: at })
          .execute();
        await db
          .insertInto('referrals_in')
          .values({ id: 'f1', resident_id: 'r1', stay_id: 's1', source_type: 'iom', created_at: at, updated_at: at })
          .execute();
        const hit = await sql<{
          id: string;
        }>`SELECT r.id FROM resident_search s JOIN residents r ON r.row_num = s.rowid WHERE resident_search MATCH '"wima"'`.execute(db);
        expect(hit.rows).toEqual([{ id: 'r1' }]);
      },
    }));

  it('enforces codes, statuses, referral sources, foreign keys, one open stay, and keeps the index in step', () =>
    withDatabaseAt(dirs, '0002_residents', async (db) => {
      await db
        .insertInto('users')
        .values({ id: 'u1', username: 'manager.one', full_name: 'Manager One', role: 'manager', created_at: at, updated_at: at })
        .execute();
      await db.insertInto('residents').values(resident(1)).execute();
      await expect(
        db
          .insertInto('residents')
          .values(resident(2, { code: 'KGL-2026-0001' }))
          .execute(),
      ).rejects.toThrow(/UNIQUE/);
      await expect(
        db
          .insertInto('residents')
          .values(resident(3, { code_seq: 1 }))
          .execute(),
      ).rejects.toThrow(/UNIQUE/);
      await expect(
        db
          .insertInto('residents')
          .values(resident(4, { status: 'gone' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await expect(
        db
          .insertInto('residents')
          .values(resident(5, { created_by: 'nobody' }))
          .execute(),
      ).rejects.toThrow(/FOREIGN KEY/);

      const stay = (id: string, over: Record<string, unknown> = {}) => ({
        id,
        resident_id: 'r1',
        admitted_on: '2026-01-01',
        created_at: at,
        updated_at: at,
        ...over,
      });
      await db.insertInto('stays').values(stay('s1')).execute();
      await expect(db.insertInto('stays').values(stay('s2')).execute()).rejects.toThrow(/UNIQUE/);
      await expect(
        db
          .insertInto('stays')
          .values(stay('s3', { discharged_on: '2025-12-31' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await db
        .insertInto('stays')
        .values(stay('s4', { admitted_on: '2025-01-01', discharged_on: '2025-03-01' }))
        .execute();
      await expect(
        db
          .insertInto('referrals_in')
          .values({ id: 'f1', resident_id: 'r1', stay_id: 's1', source_type: 'friend', created_at: at, updated_at: at })
          .execute(),
      ).rejects.toThrow(/CHECK/);

      await db.insertInto('rooms').values({ id: 'room1', name: 'Room 1', created_at: at, updated_at: at }).execute();
      await db.insertInto('beds').values({ id: 'b1', room_id: 'room1', label: 'A', created_at: at, updated_at: at }).execute();
      await expect(
        db.insertInto('beds').values({ id: 'b2', room_id: 'room1', label: 'A', created_at: at, updated_at: at }).execute(),
      ).rejects.toThrow(/UNIQUE/);
      await db.insertInto('residents').values(resident(6)).execute();
      await db
        .insertInto('stays')
        .values(stay('s6', { resident_id: 'r6' }))
        .execute();
      const assignment = (id: string, stayId: string, over: Record<string, unknown> = {}) => ({
        id,
        stay_id: stayId,
        bed_id: 'b1',
        from_date: '2026-01-01',
        created_at: at,
        updated_at: at,
        ...over,
      });
      await db.insertInto('bed_assignments').values(assignment('a1', 's1')).execute();
      await expect(db.insertInto('bed_assignments').values(assignment('a2', 's6')).execute()).rejects.toThrow(/UNIQUE/);
      await expect(
        db
          .insertInto('bed_assignments')
          .values(assignment('a3', 's1', { from_date: '2026-02-01', to_date: '2026-01-15' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await db.deleteFrom('bed_assignments').execute();
      await db.deleteFrom('residents').where('id', '=', 'r6').execute();

      const find = async (q: string) =>
        (
          await sql<{
            id: string;
          }>`SELECT r.id FROM resident_search s JOIN residents r ON r.row_num = s.rowid WHERE resident_search MATCH ${q}`.execute(db)
        ).rows;
      await db.updateTable('residents').set({ search_text: '^uwase$ kgl20260001' }).where('id', '=', 'r1').execute();
      expect(await find('"wima"')).toEqual([]);
      expect(await find('"uwase"')).toEqual([{ id: 'r1' }]);
      await sql`VACUUM`.execute(db);
      expect(await find('"uwase"')).toEqual([{ id: 'r1' }]);
      await db.deleteFrom('residents').where('id', '=', 'r1').execute();
      expect(await find('"uwase"')).toEqual([]);
      expect(await db.selectFrom('stays').selectAll().execute()).toEqual([]);
      expect((await sql<{ n: number }>`SELECT count(*) AS n FROM resident_search`.execute(db)).rows[0]!.n).toBe(0);
      await sql`INSERT INTO resident_search(resident_search) VALUES ('integrity-check')`.execute(db);

      await db
        .insertInto('resident_name_words')
        .values([{ word: 'uwimana' }, { word: 'mukamana' }])
        .execute();
      const words = await sql<{
        word: string;
      }>`SELECT w.word FROM resident_name_word_search s JOIN resident_name_words w ON w.id = s.rowid WHERE resident_name_word_search MATCH '"kam"'`.execute(
        db,
      );
      expect(words.rows).toEqual([{ word: 'mukamana' }]);
    }));

  it('rolls back to the foundation schema', () =>
    withDatabaseAt(dirs, '0002_residents', async (db) => {
      await migrateTo(db, '0001_foundation');
      const names = await tableNames(db);
      for (const t of NEW_TABLES) expect(names).not.toContain(t);
      expect(names).toContain('users');
    }));
});

/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, residentRow, runMigrationCase, tableNames, withDatabaseAt } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';

const setting = async (db: Kysely<any>) =>
  (await sql<{ value: string }>`SELECT value FROM settings WHERE key = 'residentAccess'`.execute(db)).rows.map((r) => r.value);

describe('0006_resident_access', () => {
  it('keeps "every counsellor and social worker" for a vault that already has its organisation', () =>
    runMigrationCase(dirs, {
      migration: '0006_resident_access',
      seed: async (db) => {
        await db
          .insertInto('organisation')
          .values({ id: 'o1', name: 'Shelter', site_code: 'KGL', created_at: at, updated_at: at })
          .execute();
        await db.insertInto('settings').values({ key: 'stayLimitDays', value: '183', updated_at: at, updated_by: null }).execute();
        return {};
      },
      check: async (db) => {
        expect(await setting(db)).toEqual(['"all"']);
        expect(await tableNames(db)).toContain('break_glass');
      },
    }));

  it('leaves a vault not yet set up to the default (assigned staff only)', () =>
    runMigrationCase(dirs, {
      migration: '0006_resident_access',
      seed: async () => ({}),
      check: async (db) => {
        expect(await setting(db)).toEqual([]);
      },
    }));

  it('records break-the-glass openings only for residents and staff that exist, and rolls back', () =>
    withDatabaseAt(dirs, '0006_resident_access', async (db) => {
      await db
        .insertInto('users')
        .values({ id: 'u1', username: 'c.one', full_name: 'C', role: 'counsellor', created_at: at, updated_at: at })
        .execute();
      await db.insertInto('residents').values(residentRow(1)).execute();
      await db
        .insertInto('break_glass')
        .values({ id: 'b1', resident_id: 'r1', user_id: 'u1', reason: 'incident', note: 'fight', at })
        .execute();
      await expect(
        db
          .insertInto('break_glass')
          .values({ id: 'b2', resident_id: 'nobody', user_id: 'u1', reason: 'incident', note: 'x', at })
          .execute(),
      ).rejects.toThrow(/FOREIGN KEY/);
      await migrateTo(db, '0005_resident_list');
      expect(await tableNames(db)).not.toContain('break_glass');
      expect(await setting(db)).toEqual([]);
    }));
});

/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import { NO_MIGRATIONS, sql, type Kysely } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, runMigrationCase, withDatabaseAt } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const TABLES = ['audit_log', 'drafts', 'organisation', 'settings', 'users'];
const at = '2026-01-01T08:00:00.000Z';

async function tableNames(db: Kysely<any>): Promise<string[]> {
  return (await db.introspection.getTables()).map((t) => t.name).sort();
}

function user(id: string, username: string, role = 'counsellor') {
  return { id, username, full_name: `User ${id}`, role, created_at: at, updated_at: at };
}

describe('0001_foundation', () => {
  it('creates the foundation tables on an empty database, keeping what was there', () =>
    runMigrationCase(dirs, {
      migration: '0001_foundation',
      // Before the first migration the database is empty: only an unrelated table to carry over.
      seed: async (db) => {
        expect(await tableNames(db)).toEqual([]);
        await sql`CREATE TABLE carried_over (x TEXT)`.execute(db);
        await sql`INSERT INTO carried_over VALUES ('kept')`.execute(db);
        return { kept: 'kept' };
      },
      check: async (db, seeded) => {
        expect(await tableNames(db)).toEqual([...TABLES, 'carried_over'].sort());
        expect((await sql<{ x: string }>`SELECT x FROM carried_over`.execute(db)).rows).toEqual([{ x: seeded.kept }]);

        await db
          .insertInto('users')
          .values([user('u1', 'manager.one', 'manager'), user('u2', 'counsellor.one')])
          .execute();
        const rows = await db.selectFrom('users').select(['id', 'must_change_password', 'disabled_at']).orderBy('id').execute();
        expect(rows).toEqual([
          { id: 'u1', must_change_password: 0, disabled_at: null },
          { id: 'u2', must_change_password: 0, disabled_at: null },
        ]);
      },
    }));

  it('enforces roles, unique usernames, draft ownership and the append-only audit log', () =>
    runMigrationCase(dirs, {
      migration: '0001_foundation',
      seed: async () => undefined,
      check: async (db) => {
        await db.insertInto('users').values(user('u1', 'counsellor.one')).execute();
        await expect(
          db
            .insertInto('users')
            .values(user('u2', 'other', 'administrator'))
            .execute(),
        ).rejects.toThrow(/CHECK constraint/);
        await expect(db.insertInto('users').values(user('u3', 'counsellor.one')).execute()).rejects.toThrow(/UNIQUE/);

        await expect(
          db.insertInto('drafts').values({ user_id: 'nobody', form_key: 'f', data: '{}', updated_at: at }).execute(),
        ).rejects.toThrow(/FOREIGN KEY/);
        await db.insertInto('drafts').values({ user_id: 'u1', form_key: 'f', data: '{}', updated_at: at }).execute();
        await db.deleteFrom('users').where('id', '=', 'u1').execute();
        expect(await db.selectFrom('drafts').selectAll().execute()).toEqual([]);

        const entry = {
          seq: 1,
          at,
          actor_id: null,
          action: 'vault.created',
          target_type: null,
          target_id: null,
          details: '{}',
          prev_hash: '0',
          hash: '1',
        };
        await db.insertInto('audit_log').values(entry).execute();
        await expect(db.updateTable('audit_log').set({ details: '{"x":1}' }).execute()).rejects.toThrow(/append-only/);
        await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
        expect(await db.selectFrom('audit_log').selectAll().execute()).toEqual([entry]);
      },
    }));

  it('can be rolled back to the empty database', () =>
    withDatabaseAt(dirs, '0001_foundation', async (db) => {
      expect(await tableNames(db)).toEqual(TABLES);
      await migrateTo(db, NO_MIGRATIONS);
      expect(await tableNames(db)).toEqual([]);
    }));
});

/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import {
  migrateTo,
  previousMigration,
  residentRow,
  runMigrationCase,
  tableNames,
  withDatabaseAt,
} from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';
const NEW_TABLES = ['document_contents', 'documents', 'referral_out_statuses', 'referrals_out'];

const resident = residentRow(1, { created_by: 'u1', updated_by: 'u1' });

const document = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  resident_id: 'r1',
  kind: 'medical',
  title: 'Clinic letter',
  original_name: 'letter.pdf',
  media_type: 'application/pdf',
  byte_size: 6,
  sha256: 'ab',
  created_at: at,
  updated_at: at,
  ...over,
});

const referral = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  resident_id: 'r1',
  organisation_type: 'health',
  referred_on: '2026-01-02',
  status: 'planned',
  status_on: '2026-01-02',
  created_at: at,
  updated_at: at,
  ...over,
});

async function seedResident(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('users')
    .values({ id: 'u1', username: 'manager.one', full_name: 'Manager One', role: 'manager', created_at: at, updated_at: at })
    .execute();
  await db.insertInto('residents').values(resident).execute();
}

describe('0004_resident_documents', () => {
  it('adds documents and referrals out to an existing residents database, keeping its rows', () =>
    runMigrationCase(dirs, {
      migration: '0004_resident_documents',
      seed: async (db) => {
        await seedResident(db);
        await db
          .insertInto('stays')
          .values({ id: 's1', resident_id: 'r1', admitted_on: '2026-01-01', created_at: at, updated_at: at })
          .execute();
        return { residents: 1 };
      },
      check: async (db, seeded) => {
        const names = await tableNames(db);
        for (const t of NEW_TABLES) expect(names).toContain(t);
        expect((await db.selectFrom('residents').select('id').execute()).length).toBe(seeded.residents);
        expect((await db.selectFrom('stays').select('id').execute()).length).toBe(1);

        const bytes = Buffer.from('%PDF-1');
        await db
          .insertInto('documents')
          .values(document('d1', { created_by: 'u1' }))
          .execute();
        await db.insertInto('document_contents').values({ document_id: 'd1', bytes }).execute();
        const stored = await db.selectFrom('document_contents').select('bytes').where('document_id', '=', 'd1').executeTakeFirstOrThrow();
        expect(Buffer.from(stored.bytes).equals(bytes)).toBe(true);

        await db.insertInto('referrals_out').values(referral('o1')).execute();
        await db
          .insertInto('referral_out_statuses')
          .values({ id: 'h1', referral_id: 'o1', status: 'planned', status_on: '2026-01-02', created_at: at })
          .execute();
        expect(await db.selectFrom('referral_out_statuses').select('status').execute()).toEqual([{ status: 'planned' }]);
      },
    }));

  it('enforces kinds, types, the 20 MB ceiling, statuses, dates and foreign keys, and cascades with the resident', () =>
    withDatabaseAt(dirs, '0004_resident_documents', async (db) => {
      await seedResident(db);
      await expect(
        db
          .insertInto('documents')
          .values(document('d1', { kind: 'diary' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await expect(
        db
          .insertInto('documents')
          .values(document('d2', { media_type: 'text/plain' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await expect(
        db
          .insertInto('documents')
          .values(document('d3', { byte_size: 20971521 }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await expect(
        db
          .insertInto('documents')
          .values(document('d4', { byte_size: 0 }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await expect(
        db
          .insertInto('documents')
          .values(document('d5', { resident_id: 'nobody' }))
          .execute(),
      ).rejects.toThrow(/FOREIGN KEY/);
      await db
        .insertInto('documents')
        .values(document('d6', { byte_size: 20971520 }))
        .execute();
      await expect(
        db
          .insertInto('document_contents')
          .values({ document_id: 'nothing', bytes: Buffer.from('x') })
          .execute(),
      ).rejects.toThrow(/FOREIGN KEY/);
      await db
        .insertInto('document_contents')
        .values({ document_id: 'd6', bytes: Buffer.from('x') })
        .execute();

      await expect(
        db
          .insertInto('referrals_out')
          .values(referral('o1', { organisation_type: 'church' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await expect(
        db
          .insertInto('referrals_out')
          .values(referral('o2', { status: 'lost' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await expect(
        db
          .insertInto('referrals_out')
          .values(referral('o3', { status_on: '2026-01-01' }))
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await db.insertInto('referrals_out').values(referral('o4')).execute();
      await expect(
        db
          .insertInto('referral_out_statuses')
          .values({ id: 'h1', referral_id: 'o4', status: 'gone', status_on: '2026-01-02', created_at: at })
          .execute(),
      ).rejects.toThrow(/CHECK/);
      await db
        .insertInto('referral_out_statuses')
        .values({ id: 'h2', referral_id: 'o4', status: 'sent', status_on: '2026-01-02', created_at: at })
        .execute();

      await db.deleteFrom('residents').where('id', '=', 'r1').execute();
      for (const t of NEW_TABLES) expect(await db.selectFrom(t).selectAll().execute(), t).toEqual([]);
    }));

  it('rolls back to the previous schema', () =>
    withDatabaseAt(dirs, '0004_resident_documents', async (db) => {
      await migrateTo(db, previousMigration('0004_resident_documents'));
      const names = await tableNames(db);
      for (const t of NEW_TABLES) expect(names).not.toContain(t);
      expect(names).toContain('residents');
    }));
});

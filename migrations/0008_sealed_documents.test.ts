/* eslint-disable @typescript-eslint/no-explicit-any -- raw rows below the typed schema */
import { afterAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { TempDirs } from '../electron/core/testing/vault-fixture';
import { migrateTo, previousMigration, residentRow, runMigrationCase, withDatabaseAt } from '../electron/core/testing/migration-harness';

const dirs = new TempDirs();
afterAll(() => dirs.cleanup());

const at = '2026-01-01T08:00:00.000Z';

async function seedDocument(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('users')
    .values({ id: 'u1', username: 'manager.one', full_name: 'Manager One', role: 'manager', created_at: at, updated_at: at })
    .execute();
  await db
    .insertInto('residents')
    .values(residentRow(1, { created_by: 'u1', updated_by: 'u1' }))
    .execute();
  await db
    .insertInto('documents')
    .values({
      id: 'd1',
      resident_id: 'r1',
      kind: 'medical',
      title: 'Clinic letter',
      original_name: 'letter.pdf',
      media_type: 'application/pdf',
      byte_size: 6,
      sha256: 'ab',
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('document_contents')
    .values({ document_id: 'd1', bytes: Buffer.from('%PDF-1') })
    .execute();
}

describe('0008_sealed_documents', () => {
  it('keeps documents written before it as they were, marked as still in the clear', () =>
    runMigrationCase(dirs, {
      migration: '0008_sealed_documents',
      seed: seedDocument,
      check: async (db) => {
        const doc = await db.selectFrom('documents').select(['title', 'sealed_meta']).executeTakeFirstOrThrow();
        expect(doc).toEqual({ title: 'Clinic letter', sealed_meta: null });
        const content = await db.selectFrom('document_contents').select(['bytes', 'sealed']).executeTakeFirstOrThrow();
        expect(content.sealed).toBe(0);
        expect(Buffer.from(content.bytes).toString()).toBe('%PDF-1');
      },
    }));

  it('accepts only 0 or 1 as the sealed flag', () =>
    withDatabaseAt(dirs, '0008_sealed_documents', async (db) => {
      await seedDocument(db);
      await expect(db.updateTable('document_contents').set({ sealed: 2 }).execute()).rejects.toThrow(/CHECK/);
      await db.updateTable('document_contents').set({ sealed: 1 }).execute();
    }));

  it('rolls back to the previous schema', () =>
    withDatabaseAt(dirs, '0008_sealed_documents', async (db) => {
      await migrateTo(db, previousMigration('0008_sealed_documents'));
      const cols = await db.introspection.getTables();
      const documents = cols.find((t) => t.name === 'documents')!;
      expect(documents.columns.map((c) => c.name)).not.toContain('sealed_meta');
    }));
});

import type { Insertable, Selectable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { DocumentsTable } from '../db/schema';

export type DocumentRow = Selectable<DocumentsTable> & { created_by_name: string | null };

const SUMMARY = [
  'documents.id',
  'documents.resident_id',
  'documents.kind',
  'documents.title',
  'documents.original_name',
  'documents.media_type',
  'documents.byte_size',
  'documents.sha256',
  'documents.sealed_meta',
  'documents.removed_at',
  'documents.removed_by',
  'documents.removed_reason',
  'documents.created_at',
  'documents.created_by',
  'documents.updated_at',
  'documents.updated_by',
  'users.full_name as created_by_name',
] as const;

/** Queries only; size, type and audit rules live in the residents-documents service. */
export const documentsRepo = {
  residentExists: async (db: AppDb, residentId: string): Promise<boolean> =>
    (await db.selectFrom('residents').select('id').where('id', '=', residentId).executeTakeFirst()) !== undefined,
  /** Without bytes: the list must stay fast however many scans a file holds. */
  listForResident: (db: AppDb, residentId: string): Promise<DocumentRow[]> =>
    db
      .selectFrom('documents')
      .leftJoin('users', 'users.id', 'documents.created_by')
      .select(SUMMARY)
      .where('documents.resident_id', '=', residentId)
      .where('documents.removed_at', 'is', null)
      .orderBy('documents.created_at', 'desc')
      .orderBy('documents.id', 'desc')
      .execute(),
  byId: (db: AppDb, id: string): Promise<DocumentRow | undefined> =>
    db
      .selectFrom('documents')
      .leftJoin('users', 'users.id', 'documents.created_by')
      .select(SUMMARY)
      .where('documents.id', '=', id)
      .executeTakeFirst(),
  content: (db: AppDb, id: string): Promise<{ bytes: Uint8Array; sealed: number } | undefined> =>
    db.selectFrom('document_contents').select(['bytes', 'sealed']).where('document_id', '=', id).executeTakeFirst(),
  insert: async (db: AppDb, row: Insertable<DocumentsTable>, bytes: Uint8Array): Promise<void> => {
    await db.insertInto('documents').values(row).execute();
    await db.insertInto('document_contents').values({ document_id: row.id, bytes, sealed: 1 }).execute();
  },
  /** Rows written before sealing existed (0008) or before anyone entitled signed in since. */
  unsealedIds: async (db: AppDb): Promise<string[]> => {
    const meta = await db.selectFrom('documents').select('id').where('sealed_meta', 'is', null).execute();
    const content = await db.selectFrom('document_contents').select('document_id as id').where('sealed', '=', 0).execute();
    return [...new Set([...meta, ...content].map((r) => r.id))];
  },
  metaForSealing: (db: AppDb, id: string) =>
    db.selectFrom('documents').select(['id', 'title', 'original_name', 'sha256', 'sealed_meta']).where('id', '=', id).executeTakeFirst(),
  setSealedMeta: async (db: AppDb, id: string, sealedMeta: Uint8Array): Promise<void> => {
    await db
      .updateTable('documents')
      .set({ sealed_meta: sealedMeta, title: '', original_name: '', sha256: '' })
      .where('id', '=', id)
      .execute();
  },
  setSealedContent: async (db: AppDb, id: string, bytes: Uint8Array): Promise<void> => {
    await db.updateTable('document_contents').set({ bytes, sealed: 1 }).where('document_id', '=', id).execute();
  },
  /** Every sealed value, for doctor and re-keying: ids only in memory at a time, one row read each. */
  sealedIds: async (db: AppDb): Promise<string[]> =>
    (await db.selectFrom('documents').select('id').where('sealed_meta', 'is not', null).execute()).map((r) => r.id),
  /** New kind and sealed title; the bytes and their checksum stay as attached. */
  updateDetails: async (db: AppDb, id: string, kind: string, sealedMeta: Uint8Array, at: string, by: string): Promise<void> => {
    await db.updateTable('documents').set({ kind, sealed_meta: sealedMeta, updated_at: at, updated_by: by }).where('id', '=', id).execute();
  },
  markRemoved: async (db: AppDb, id: string, at: string, by: string, reason: string): Promise<void> => {
    await db
      .updateTable('documents')
      .set({ removed_at: at, removed_by: by, removed_reason: reason, updated_at: at, updated_by: by })
      .where('id', '=', id)
      .execute();
    await db.deleteFrom('document_contents').where('document_id', '=', id).execute();
  },
};

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
  bytes: async (db: AppDb, id: string): Promise<Uint8Array | undefined> =>
    (await db.selectFrom('document_contents').select('bytes').where('document_id', '=', id).executeTakeFirst())?.bytes,
  insert: async (db: AppDb, row: Insertable<DocumentsTable>, bytes: Uint8Array): Promise<void> => {
    await db.insertInto('documents').values(row).execute();
    await db.insertInto('document_contents').values({ document_id: row.id, bytes }).execute();
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

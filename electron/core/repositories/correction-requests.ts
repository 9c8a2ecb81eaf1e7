import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { CorrectionRequestsTable } from '../db/schema';

export type CorrectionRow = Selectable<CorrectionRequestsTable>;

/** Queries only, for a resident's correction requests. */
export const correctionsRepo = {
  insert: (db: AppDb, row: Insertable<CorrectionRequestsTable>) => db.insertInto('correction_requests').values(row).execute(),

  update: (db: AppDb, id: string, patch: Updateable<CorrectionRequestsTable>) =>
    db.updateTable('correction_requests').set(patch).where('id', '=', id).execute(),

  byId: (db: AppDb, id: string) => db.selectFrom('correction_requests').selectAll().where('id', '=', id).executeTakeFirst(),

  ofResident: (db: AppDb, residentId: string) =>
    db
      .selectFrom('correction_requests')
      .leftJoin('users', 'users.id', 'correction_requests.created_by')
      .selectAll('correction_requests')
      .select('users.full_name as created_by_name')
      .where('resident_id', '=', residentId)
      .orderBy('received_on', 'desc')
      .orderBy('correction_requests.id', 'desc')
      .execute(),

  /** Audit entries about her by sequence number, with who made them. */
  auditEntries: (db: AppDb, residentId: string, seqs: number[]) =>
    seqs.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('audit_log')
          .leftJoin('users', 'users.id', 'audit_log.actor_id')
          .select(['audit_log.seq', 'audit_log.at', 'audit_log.action', 'audit_log.details', 'users.full_name as actor_name'])
          .where('audit_log.target_type', '=', 'resident')
          .where('audit_log.target_id', '=', residentId)
          .where('audit_log.seq', 'in', seqs)
          .orderBy('audit_log.seq')
          .execute(),
};

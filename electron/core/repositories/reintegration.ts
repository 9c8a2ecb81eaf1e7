import { type Insertable, type Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { ReintegrationClosuresTable, ReintegrationPlansTable, ReintegrationVisitsTable } from '../db/schema';

/** Queries for reintegration plans, follow-up visits and closures; the rules live in services/reintegration*.ts. */
export const reintegrationRepo = {
  planOf: (db: AppDb, residentId: string) =>
    db.selectFrom('reintegration_plans').selectAll().where('resident_id', '=', residentId).executeTakeFirst(),
  insertPlan: (db: AppDb, row: Insertable<ReintegrationPlansTable>) => db.insertInto('reintegration_plans').values(row).execute(),
  updatePlan: (db: AppDb, id: string, patch: Updateable<ReintegrationPlansTable>) =>
    db.updateTable('reintegration_plans').set(patch).where('id', '=', id).execute(),

  visitsOf: (db: AppDb, residentId: string) =>
    db.selectFrom('reintegration_visits').selectAll().where('resident_id', '=', residentId).orderBy('due_on').orderBy('id').execute(),
  visitById: (db: AppDb, id: string) => db.selectFrom('reintegration_visits').selectAll().where('id', '=', id).executeTakeFirst(),
  insertVisits: (db: AppDb, rows: Insertable<ReintegrationVisitsTable>[]) =>
    rows.length ? db.insertInto('reintegration_visits').values(rows).execute() : Promise.resolve([]),
  updateVisit: (db: AppDb, id: string, patch: Updateable<ReintegrationVisitsTable>) =>
    db.updateTable('reintegration_visits').set(patch).where('id', '=', id).execute(),
  /** Every visit still due becomes not to be made, with why. */
  cancelDue: (db: AppDb, residentId: string, because: string, at: string, by: string | null) =>
    db
      .updateTable('reintegration_visits')
      .set({ status: 'not_to_be_made', cancelled_because: because, updated_at: at, updated_by: by })
      .where('resident_id', '=', residentId)
      .where('status', '=', 'due')
      .executeTakeFirst(),
  countDue: async (db: AppDb, residentId: string) =>
    Number(
      (
        await db
          .selectFrom('reintegration_visits')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('resident_id', '=', residentId)
          .where('status', '=', 'due')
          .executeTakeFirstOrThrow()
      ).n,
    ),

  openClosure: (db: AppDb, residentId: string) =>
    db
      .selectFrom('reintegration_closures')
      .selectAll()
      .where('resident_id', '=', residentId)
      .where('reopened_at', 'is', null)
      .executeTakeFirst(),
  closuresOf: (db: AppDb, residentId: string) =>
    db
      .selectFrom('reintegration_closures as c')
      .leftJoin('users as u', 'u.id', 'c.closed_by')
      .select(['c.closed_on', 'c.reason', 'c.note', 'c.reopened_at', 'c.reopen_reason', 'u.full_name as closed_by_name'])
      .where('c.resident_id', '=', residentId)
      .orderBy('c.closed_at', 'desc')
      .execute(),
  insertClosure: (db: AppDb, row: Insertable<ReintegrationClosuresTable>) => db.insertInto('reintegration_closures').values(row).execute(),
  reopen: (db: AppDb, id: string, at: string, by: string, reason: string) =>
    db
      .updateTable('reintegration_closures')
      .set({ reopened_at: at, reopened_by: by, reopen_reason: reason })
      .where('id', '=', id)
      .execute(),
};

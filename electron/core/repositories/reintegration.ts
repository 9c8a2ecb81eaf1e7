import { sql, type Insertable, type Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { ReintegrationClosuresTable, ReintegrationPlansTable, ReintegrationVisitsTable } from '../db/schema';

/**
 * A social worker's lists start from her residents (their social-worker index, then each one's
 * visits by resident): the unary + keeps SQLite from starting at the shelter-wide status index,
 * which it otherwise prefers and which reads every resident's visits. A manager's start there.
 */
const byStatus = (socialWorkerId: string | null) => (socialWorkerId === null ? sql.ref('v.status') : sql<string>`+v.status`);

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

  /**
   * Due visits up to a date, with what My visits shows of the person; `socialWorkerId`
   * narrows to hers (null: every resident, for a manager).
   */
  dueUntil: (db: AppDb, until: string, socialWorkerId: string | null, limit: number) => {
    let q = db
      .selectFrom('reintegration_visits as v')
      .innerJoin('residents as r', 'r.id', 'v.resident_id')
      .leftJoin('reintegration_plans as p', 'p.resident_id', 'v.resident_id')
      .select(['v.id', 'v.resident_id', 'v.due_on', 'v.month', 'r.code', 'r.display_name', 'p.village', 'p.district'])
      .where(byStatus(socialWorkerId), '=', 'due')
      .where('v.due_on', '<=', until);
    if (socialWorkerId !== null) q = q.where('r.social_worker_id', '=', socialWorkerId);
    return q.orderBy('v.due_on').orderBy('v.id').limit(limit).execute();
  },

  /**
   * Visits recorded since `since`, oldest first per resident, of the people with a visit
   * recorded since `recent` (the attention list judges no one else; for a social worker,
   * of her residents, and the caller keeps those seen since `recent`). Read from the
   * outcome index (migration 0020) without the residents table: names come after, for
   * the few who need attention (`shownNames`).
   */
  doneSince: (db: AppDb, since: string, recent: string, socialWorkerId: string | null) => {
    const base = db
      .selectFrom('reintegration_visits as v')
      .select(['v.resident_id', 'v.visited_on', 'v.reached', 'v.composite'])
      .where('v.status', '=', 'done')
      .where('v.visited_on', '>=', since);
    // One list to walk, the shorter: her own residents, or (a manager) everyone seen lately.
    // Given both, SQLite walks the shelter-wide one and tests hers against it.
    const q =
      socialWorkerId === null
        ? base.where('v.resident_id', 'in', (eb) =>
            eb.selectFrom('reintegration_visits').select('resident_id').where('status', '=', 'done').where('visited_on', '>=', recent),
          )
        : base.where('v.resident_id', 'in', (eb) => eb.selectFrom('residents').select('id').where('social_worker_id', '=', socialWorkerId));
    return q.orderBy('v.resident_id').orderBy('v.visited_on').execute();
  },
  /** Code and shown name of the given residents. */
  shownNames: (db: AppDb, ids: readonly string[]) =>
    ids.length ? db.selectFrom('residents').select(['id', 'code', 'display_name']).where('id', 'in', ids).execute() : Promise.resolve([]),

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

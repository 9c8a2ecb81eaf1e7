import type { Insertable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { CaseConferencesTable, RehabGoalReviewsTable, RehabGoalsTable, RehabPlanVersionsTable, RehabPlansTable } from '../db/schema';

/** Queries only for rehabilitation plans, their goals, reviews, versions and case conferences. */
export const plansRepo = {
  plan: (db: AppDb, residentId: string) =>
    db
      .selectFrom('rehab_plans')
      .leftJoin('users', 'users.id', 'rehab_plans.updated_by')
      .selectAll('rehab_plans')
      .select('users.full_name as updated_by_name')
      .where('rehab_plans.resident_id', '=', residentId)
      .executeTakeFirst(),

  goals: (db: AppDb, residentId: string) =>
    db
      .selectFrom('rehab_goals')
      .leftJoin('users', 'users.id', 'rehab_goals.responsible_id')
      .selectAll('rehab_goals')
      .select('users.full_name as responsible_name')
      .where('rehab_goals.resident_id', '=', residentId)
      .orderBy('rehab_goals.position')
      .execute(),

  reviewsOfResident: (db: AppDb, residentId: string) =>
    db
      .selectFrom('rehab_goal_reviews')
      .innerJoin('rehab_goals', 'rehab_goals.id', 'rehab_goal_reviews.goal_id')
      .leftJoin('users', 'users.id', 'rehab_goal_reviews.created_by')
      .selectAll('rehab_goal_reviews')
      .select('users.full_name as by_name')
      .where('rehab_goals.resident_id', '=', residentId)
      .orderBy('rehab_goal_reviews.reviewed_on', 'desc')
      .execute(),

  /** How many of these goal ids are goals of this resident's plan. */
  countGoalsOf: async (db: AppDb, residentId: string, ids: string[]): Promise<number> =>
    ids.length === 0
      ? 0
      : Number(
          (
            await db
              .selectFrom('rehab_goals')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('resident_id', '=', residentId)
              .where('id', 'in', ids)
              .executeTakeFirst()
          )?.n ?? 0,
        ),

  goal: (db: AppDb, goalId: string) => db.selectFrom('rehab_goals').selectAll().where('id', '=', goalId).executeTakeFirst(),

  async upsertPlan(db: AppDb, row: Insertable<RehabPlansTable>): Promise<void> {
    const { resident_id: _r, created_at: _a, created_by: _b, ...update } = row;
    await db
      .insertInto('rehab_plans')
      .values(row)
      .onConflict((oc) => oc.column('resident_id').doUpdateSet(update))
      .execute();
  },

  async upsertGoal(db: AppDb, row: Insertable<RehabGoalsTable>): Promise<void> {
    const { id: _i, resident_id: _r, created_at: _a, created_by: _b, ...update } = row;
    await db
      .insertInto('rehab_goals')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(update))
      .execute();
  },

  deleteGoals: (db: AppDb, ids: string[]) =>
    ids.length ? db.deleteFrom('rehab_goals').where('id', 'in', ids).execute() : Promise.resolve([]),

  insertVersion: (db: AppDb, row: Insertable<RehabPlanVersionsTable>) => db.insertInto('rehab_plan_versions').values(row).execute(),

  versions: (db: AppDb, residentId: string) =>
    db
      .selectFrom('rehab_plan_versions')
      .leftJoin('users', 'users.id', 'rehab_plan_versions.saved_by')
      .selectAll('rehab_plan_versions')
      .select('users.full_name as saved_by_name')
      .where('rehab_plan_versions.resident_id', '=', residentId)
      .orderBy('rehab_plan_versions.version', 'desc')
      .execute(),

  insertReview: (db: AppDb, row: Insertable<RehabGoalReviewsTable>) => db.insertInto('rehab_goal_reviews').values(row).execute(),

  conferences: (db: AppDb, residentId: string) =>
    db
      .selectFrom('case_conferences')
      .leftJoin('users', 'users.id', 'case_conferences.created_by')
      .selectAll('case_conferences')
      .select('users.full_name as created_by_name')
      .where('case_conferences.resident_id', '=', residentId)
      .orderBy('case_conferences.held_on', 'desc')
      .execute(),

  insertConference: (db: AppDb, row: Insertable<CaseConferencesTable>) => db.insertInto('case_conferences').values(row).execute(),

  userNames: async (db: AppDb, ids: string[]): Promise<Map<string, string>> => {
    if (!ids.length) return new Map();
    const rows = await db.selectFrom('users').select(['id', 'full_name']).where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, r.full_name]));
  },

  /** Plans whose review date has passed, for residents the viewer follows (null: all). */
  reviewsDue: (db: AppDb, before: string, staffId: string | null, limit: number) => {
    let q = db
      .selectFrom('rehab_plans')
      .innerJoin('residents', 'residents.id', 'rehab_plans.resident_id')
      .select(['residents.id', 'residents.code', 'residents.display_name', 'rehab_plans.next_review_on'])
      .where('rehab_plans.next_review_on', 'is not', null)
      .where('rehab_plans.next_review_on', '<', before)
      .where('residents.status', '=', 'admitted');
    if (staffId) q = q.where((eb) => eb.or([eb('residents.counsellor_id', '=', staffId), eb('residents.social_worker_id', '=', staffId)]));
    return q.orderBy('rehab_plans.next_review_on').limit(limit).execute();
  },
};

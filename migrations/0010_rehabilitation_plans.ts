/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Rehabilitation plans (issue 11). Frozen once released.
 *
 * One plan per resident (its next review date and a version counter), its goals by
 * domain, dated progress reviews of each goal, and every earlier version of the plan's
 * values (who saved it and when) so the file can show a side-by-side difference while
 * the audit log keeps field names only. Domains and statuses are validated by core
 * against shared/enums/rehabilitation.ts; the status list is fixed by the form and
 * checked here too.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE rehab_plans (
    resident_id TEXT PRIMARY KEY REFERENCES residents(id) ON DELETE CASCADE,
    next_review_on TEXT,
    version INTEGER NOT NULL CHECK (version >= 1),
    created_at TEXT NOT NULL,
    created_by TEXT REFERENCES users(id),
    updated_at TEXT NOT NULL,
    updated_by TEXT REFERENCES users(id)
  )`.execute(db);
  await sql`CREATE INDEX rehab_plans_next_review ON rehab_plans(next_review_on) WHERE next_review_on IS NOT NULL`.execute(db);
  await sql`CREATE TABLE rehab_goals (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES rehab_plans(resident_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    domain TEXT NOT NULL,
    description TEXT NOT NULL,
    target_on TEXT,
    responsible_id TEXT REFERENCES users(id),
    status TEXT NOT NULL CHECK (status IN ('not_started','in_progress','achieved','dropped')),
    dropped_reason TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT REFERENCES users(id),
    updated_at TEXT NOT NULL,
    updated_by TEXT REFERENCES users(id)
  )`.execute(db);
  await sql`CREATE INDEX rehab_goals_resident ON rehab_goals(resident_id, position)`.execute(db);
  await sql`CREATE TABLE rehab_goal_reviews (
    id TEXT PRIMARY KEY,
    goal_id TEXT NOT NULL REFERENCES rehab_goals(id) ON DELETE CASCADE,
    reviewed_on TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT REFERENCES users(id)
  )`.execute(db);
  await sql`CREATE INDEX rehab_goal_reviews_goal ON rehab_goal_reviews(goal_id, reviewed_on)`.execute(db);
  await sql`CREATE TABLE rehab_plan_versions (
    resident_id TEXT NOT NULL REFERENCES residents(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    plan_values TEXT NOT NULL CHECK (json_valid(plan_values)),
    saved_at TEXT NOT NULL,
    saved_by TEXT REFERENCES users(id),
    PRIMARY KEY (resident_id, version)
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['rehab_plan_versions', 'rehab_goal_reviews', 'rehab_goals', 'rehab_plans']) await db.schema.dropTable(t).execute();
}

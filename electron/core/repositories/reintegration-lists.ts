import { sql, type Insertable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { ReintegrationAttentionTable } from '../db/schema';

/**
 * My visits and Home at any size of shelter: counts are COUNTs over index ranges and the
 * lists are keyset pages (the first N of a section, then N after the last one shown), so
 * the work of a call no longer grows with the number of residents.
 *
 * A social worker's queries start from her residents (their social-worker index): the
 * unary + keeps SQLite from starting at a shelter-wide index, which it otherwise prefers
 * and which reads every resident's rows. A manager's start at those shelter-wide indexes.
 */
const shelterWide = (socialWorkerId: string | null, column: string) =>
  socialWorkerId === null ? sql.ref(column) : sql`+${sql.ref(column)}`;

/** Due dates from `from` (inclusive, null: no lower bound) to `to` (inclusive). */
export interface DueRange {
  from: string | null;
  to: string;
}

/** Her recorded visits, oldest first (ties by id): what the attention summary is computed from. */
export interface DoneRow {
  visited_on: string;
  reached: number | null;
  composite: number | null;
}

export const reintegrationListsRepo = {
  /**
   * How many visits are due in each range, in one pass over the due index (a manager) or
   * her residents' visits (a social worker) from the earliest range's start to the latest's end.
   */
  countDue: async (db: AppDb, ranges: readonly DueRange[], socialWorkerId: string | null): Promise<number[]> => {
    const inRange = (r: DueRange) =>
      r.from === null ? sql<number>`sum(v.due_on <= ${r.to})` : sql<number>`sum(v.due_on >= ${r.from} AND v.due_on <= ${r.to})`;
    const starts = ranges.map((r) => r.from);
    let q = db
      .selectFrom('reintegration_visits as v')
      .select(ranges.map((r, i) => inRange(r).as(`n${i}`)))
      .where(shelterWide(socialWorkerId, 'v.status'), '=', 'due')
      .where(
        'v.due_on',
        '<=',
        ranges.map((r) => r.to).reduce((a, b) => (a > b ? a : b)),
      );
    if (!starts.includes(null))
      q = q.where(
        'v.due_on',
        '>=',
        (starts as string[]).reduce((a, b) => (a < b ? a : b)),
      );
    if (socialWorkerId !== null)
      q = q.where('v.resident_id', 'in', (eb) => eb.selectFrom('residents').select('id').where('social_worker_id', '=', socialWorkerId));
    const row = (await q.executeTakeFirstOrThrow()) as Record<string, number | null>;
    return ranges.map((_, i) => Number(row[`n${i}`] ?? 0));
  },

  /** One page of due visits in a range, by due date then id, after a cursor, with what My visits shows of the person. */
  duePage: (db: AppDb, range: DueRange, after: { dueOn: string; visitId: string } | null, limit: number, socialWorkerId: string | null) => {
    let q = db
      .selectFrom('reintegration_visits as v')
      .innerJoin('residents as r', 'r.id', 'v.resident_id')
      .leftJoin('reintegration_plans as p', 'p.resident_id', 'v.resident_id')
      .select(['v.id', 'v.resident_id', 'v.due_on', 'v.month', 'r.code', 'r.display_name', 'p.village', 'p.district'])
      .where(shelterWide(socialWorkerId, 'v.status'), '=', 'due')
      .where('v.due_on', '<=', range.to);
    if (range.from !== null) q = q.where('v.due_on', '>=', range.from);
    // The plain bound beside the row value lets SQLite start the index range at the cursor's day.
    if (after)
      q = q
        .where('v.due_on', '>=', after.dueOn)
        .where((eb) => eb(eb.refTuple('v.due_on', 'v.id'), '>', eb.tuple(after.dueOn, after.visitId)));
    if (socialWorkerId !== null) q = q.where('r.social_worker_id', '=', socialWorkerId);
    return q.orderBy('v.due_on').orderBy('v.id').limit(limit).execute();
  },

  /**
   * The attention list's filter: flagged, last visited since `recent`, and a reason whose
   * earlier visit is since `since` (the window the list judges).
   */
  attentionTotal: async (db: AppDb, recent: string, since: string, socialWorkerId: string | null) => {
    let q = db
      .selectFrom('reintegration_attention as a')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(shelterWide(socialWorkerId, 'a.needs_attention'), '=', 1)
      .where('a.last_visited_on', '>=', recent)
      .where((eb) => eb.or([eb('a.falling_from', '>=', since), eb('a.unreached_from', '>=', since)]));
    if (socialWorkerId !== null)
      q = q.where('a.resident_id', 'in', (eb) => eb.selectFrom('residents').select('id').where('social_worker_id', '=', socialWorkerId));
    return Number((await q.executeTakeFirstOrThrow()).n);
  },

  /** One page of the attention list, latest visit first (then id, descending), after a cursor. */
  attentionPage: (
    db: AppDb,
    recent: string,
    since: string,
    after: { lastVisitedOn: string; residentId: string } | null,
    limit: number,
    socialWorkerId: string | null,
  ) => {
    let q = db
      .selectFrom('reintegration_attention as a')
      .innerJoin('residents as r', 'r.id', 'a.resident_id')
      .select([
        'a.resident_id',
        'a.last_visited_on',
        'a.falling_from',
        'a.unreached_from',
        'a.last_composite',
        'a.last_composite_on',
        'r.code',
        'r.display_name',
      ])
      .where(shelterWide(socialWorkerId, 'a.needs_attention'), '=', 1)
      .where('a.last_visited_on', '>=', recent)
      .where((eb) => eb.or([eb('a.falling_from', '>=', since), eb('a.unreached_from', '>=', since)]));
    if (after)
      q = q
        .where('a.last_visited_on', '<=', after.lastVisitedOn)
        .where((eb) => eb(eb.refTuple('a.last_visited_on', 'a.resident_id'), '<', eb.tuple(after.lastVisitedOn, after.residentId)));
    if (socialWorkerId !== null) q = q.where('r.social_worker_id', '=', socialWorkerId);
    return q.orderBy('a.last_visited_on', 'desc').orderBy('a.resident_id', 'desc').limit(limit).execute();
  },

  doneOf: (db: AppDb, residentId: string): Promise<DoneRow[]> =>
    db
      .selectFrom('reintegration_visits')
      .select(['visited_on as visited_on', 'reached', 'composite'])
      .where('resident_id', '=', residentId)
      .where('status', '=', 'done')
      .where('visited_on', 'is not', null)
      .orderBy('visited_on')
      .orderBy('id')
      .execute() as Promise<DoneRow[]>,
  saveAttention: (db: AppDb, row: Insertable<ReintegrationAttentionTable>) =>
    db
      .insertInto('reintegration_attention')
      .values(row)
      .onConflict((oc) =>
        oc.column('resident_id').doUpdateSet((eb) => ({
          last_visited_on: eb.ref('excluded.last_visited_on'),
          falling_from: eb.ref('excluded.falling_from'),
          unreached_from: eb.ref('excluded.unreached_from'),
          last_composite: eb.ref('excluded.last_composite'),
          last_composite_on: eb.ref('excluded.last_composite_on'),
          needs_attention: eb.ref('excluded.needs_attention'),
        })),
      )
      .execute(),
  dropAttention: (db: AppDb, residentId: string) =>
    db.deleteFrom('reintegration_attention').where('resident_id', '=', residentId).execute(),
  attentionOf: (db: AppDb, residentId: string) =>
    db.selectFrom('reintegration_attention').selectAll().where('resident_id', '=', residentId).executeTakeFirst(),
};

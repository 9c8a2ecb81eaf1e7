import { sql, type Insertable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { CounsellingParticipantsTable, CounsellingRiskFlagsTable, CounsellingSessionsTable } from '../db/schema';

/** Queries only for counselling sessions, their participants and raised risk flags. Notes: counselling-notes.ts. */
export const sessionsRepo = {
  /** A resident's sessions, newest first, without notes (only whether there are some). */
  ofResident: (db: AppDb, residentId: string, limit: number) =>
    db
      .selectFrom('counselling_participants as p')
      .innerJoin('counselling_sessions as s', 's.id', 'p.session_id')
      .leftJoin('users', 'users.id', 's.counsellor_id')
      .select([
        's.id',
        's.type',
        's.title',
        's.starts_at',
        's.duration_minutes',
        's.counsellor_id',
        's.topics',
        's.topics_other',
        's.next_session_on',
        'users.full_name as counsellor_name',
        'p.attendance',
        'p.who5',
        'p.who5_score',
        'p.distress',
        'p.risk_flags',
        'p.goal_ids',
      ])
      .select((eb) => [
        eb.case().when('s.sealed_notes', 'is not', null).then(1).else(0).end().as('has_notes'),
        eb
          .selectFrom('counselling_participants as q')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('q.session_id', '=', 's.id')
          .as('participant_count'),
      ])
      .where('p.resident_id', '=', residentId)
      .orderBy('p.starts_at', 'desc')
      .limit(limit)
      .execute(),

  session: (db: AppDb, id: string) => db.selectFrom('counselling_sessions').selectAll().where('id', '=', id).executeTakeFirst(),

  participants: (db: AppDb, sessionId: string) =>
    db.selectFrom('counselling_participants').selectAll().where('session_id', '=', sessionId).execute(),

  participant: (db: AppDb, sessionId: string, residentId: string) =>
    db
      .selectFrom('counselling_participants')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('resident_id', '=', residentId)
      .executeTakeFirst(),

  async upsertSession(db: AppDb, row: Insertable<CounsellingSessionsTable>): Promise<void> {
    const { id: _i, created_at: _a, created_by: _b, ...update } = row;
    await db
      .insertInto('counselling_sessions')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(update))
      .execute();
  },

  async upsertParticipant(db: AppDb, row: Insertable<CounsellingParticipantsTable>): Promise<void> {
    const { session_id: _s, resident_id: _r, ...update } = row;
    await db
      .insertInto('counselling_participants')
      .values(row)
      .onConflict((oc) => oc.columns(['session_id', 'resident_id']).doUpdateSet(update))
      .execute();
  },

  deleteParticipantsExcept: (db: AppDb, sessionId: string, keep: string[]) =>
    db.deleteFrom('counselling_participants').where('session_id', '=', sessionId).where('resident_id', 'not in', keep).execute(),

  insertFlag: (db: AppDb, row: Insertable<CounsellingRiskFlagsTable>) =>
    db
      .insertInto('counselling_risk_flags')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .execute(),

  openFlags: (db: AppDb, limit: number) =>
    db
      .selectFrom('counselling_risk_flags as f')
      .innerJoin('residents', 'residents.id', 'f.resident_id')
      .leftJoin('users', 'users.id', 'f.raised_by')
      .select([
        'f.id',
        'f.resident_id',
        'residents.code',
        'residents.display_name',
        'f.flag',
        'f.raised_at',
        'users.full_name as raised_by_name',
      ])
      .where('f.acknowledged_at', 'is', null)
      .orderBy('f.raised_at', 'desc')
      .limit(limit)
      .execute(),

  flag: (db: AppDb, id: string) => db.selectFrom('counselling_risk_flags').selectAll().where('id', '=', id).executeTakeFirst(),

  acknowledgeFlag: (db: AppDb, id: string, at: string, by: string) =>
    db.updateTable('counselling_risk_flags').set({ acknowledged_at: at, acknowledged_by: by }).where('id', '=', id).execute(),

  /** The counsellor's sessions between two instants, with the resident for each participant. */
  byCounsellorBetween: (db: AppDb, counsellorId: string, from: string, to: string, attendance: string[]) =>
    db
      .selectFrom('counselling_sessions as s')
      .innerJoin('counselling_participants as p', 'p.session_id', 's.id')
      .innerJoin('residents', 'residents.id', 'p.resident_id')
      .select(['s.id', 's.type', 's.starts_at', 'p.resident_id', 'residents.code', 'residents.display_name', 'p.attendance'])
      .where('s.counsellor_id', '=', counsellorId)
      .where('s.starts_at', '>=', from)
      .where('s.starts_at', '<', to)
      .where('p.attendance', 'in', attendance)
      .orderBy('s.starts_at')
      .limit(500)
      .execute(),

  /**
   * Residents in the shelter (those the staff member follows; null: all) whose last two
   * recorded sessions were both missed, with the later one.
   */
  missedTwice: async (db: AppDb, staffId: string | null, limit: number) =>
    (
      await sql<{ id: string; code: string; display_name: string; last_missed_at: string }>`
      SELECT r.id, r.code, r.display_name, max(t.starts_at) AS last_missed_at
      FROM (
        SELECT p.resident_id, p.attendance, p.starts_at,
               row_number() OVER (PARTITION BY p.resident_id ORDER BY p.starts_at DESC) AS rn
        FROM counselling_participants p
        JOIN residents r0 ON r0.id = p.resident_id AND r0.status = 'admitted'
          AND (${staffId} IS NULL OR r0.counsellor_id = ${staffId} OR r0.social_worker_id = ${staffId})
        WHERE p.attendance != 'scheduled'
      ) t
      JOIN residents r ON r.id = t.resident_id
      WHERE t.rn <= 2
      GROUP BY r.id
      HAVING count(*) = 2 AND sum(t.attendance = 'missed') = 2
      ORDER BY last_missed_at DESC
      LIMIT ${limit}`.execute(db)
    ).rows,

  /** The stay covering a day, if any: she was in the shelter then. */
  stayOn: (db: AppDb, residentId: string, day: string) =>
    db
      .selectFrom('stays')
      .select('id')
      .where('resident_id', '=', residentId)
      .where('admitted_on', '<=', day)
      .where((eb) => eb.or([eb('discharged_on', 'is', null), eb('discharged_on', '>=', day)]))
      .executeTakeFirst(),

  firstAdmission: (db: AppDb, residentId: string) =>
    db
      .selectFrom('stays')
      .select((eb) => eb.fn.min('admitted_on').as('admitted_on'))
      .where('resident_id', '=', residentId)
      .executeTakeFirst(),
};

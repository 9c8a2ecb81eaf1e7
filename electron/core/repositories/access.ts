import type { Insertable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { BreakGlassTable } from '../db/schema';
import type { ResidentSubject } from '../../../shared/contract/define';

/** Queries for core's access gate and break-the-glass records; the rules live in electron/core/access/. */
export const accessRepo = {
  /** The resident's assigned staff, or undefined when there is no such resident. */
  assignment: (db: AppDb, residentId: string) =>
    db.selectFrom('residents').select(['id', 'counsellor_id', 'social_worker_id']).where('id', '=', residentId).executeTakeFirst(),

  /** The resident a record belongs to (document, consent, referral out), or undefined. */
  async residentOf(db: AppDb, via: Exclude<ResidentSubject['via'], 'resident'>, id: string): Promise<string | undefined> {
    const table = (
      { document: 'documents', consent: 'consents', referral_out: 'referrals_out', reintegration_visit: 'reintegration_visits' } as const
    )[via];
    const row = await db.selectFrom(table).select('resident_id').where('id', '=', id).executeTakeFirst();
    return row?.resident_id;
  },

  insertBreakGlass: (db: AppDb, row: Insertable<BreakGlassTable>) => db.insertInto('break_glass').values(row).execute(),

  /** Openings since a time, newest first, with who opened which resident. */
  breakGlassSince: (db: AppDb, since: string) =>
    db
      .selectFrom('break_glass')
      .innerJoin('residents', 'residents.id', 'break_glass.resident_id')
      .leftJoin('users', 'users.id', 'break_glass.user_id')
      .select([
        'break_glass.id',
        'break_glass.resident_id',
        'residents.code',
        'residents.display_name',
        'break_glass.reason',
        'break_glass.note',
        'break_glass.at',
        'users.full_name as user_name',
        'users.role as user_role',
      ])
      .where('break_glass.at', '>=', since)
      .orderBy('break_glass.at', 'desc')
      .limit(500)
      .execute(),

  /** The latest opening by this user of this resident (for the file's banner). */
  lastBreakGlass: (db: AppDb, residentId: string, userId: string) =>
    db
      .selectFrom('break_glass')
      .select(['reason', 'at'])
      .where('resident_id', '=', residentId)
      .where('user_id', '=', userId)
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirst(),

  /** Residents still waiting for a counsellor or a social worker (current ones first). */
  unassigned: (db: AppDb, limit: number) =>
    db
      .selectFrom('residents')
      .select(['id', 'code', 'display_name', 'status', 'counsellor_id', 'social_worker_id'])
      .where('status', '=', 'admitted')
      .where((eb) => eb.or([eb('counsellor_id', 'is', null), eb('social_worker_id', 'is', null)]))
      .orderBy('sort_name')
      .limit(limit)
      .execute(),
};

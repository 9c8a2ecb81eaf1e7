import type { AppDb } from '../db/kysely';
import type { Scope } from './repository';

/**
 * Queries only, for the sections Rehabilitation and Reintegration feed: counselling
 * participations and reintegration follow-up visits in the period, at the site when asked.
 * No notes, findings or free text are read: the sections count.
 */
export const followUpReportRepo = {
  /** Each counselling participation whose session starts in the period, oldest first. */
  participations: (
    db: AppDb,
    s: Scope,
  ): Promise<{ resident_id: string; starts_at: string; attendance: string; who5_score: number | null }[]> => {
    let q = db
      .selectFrom('counselling_participants')
      .innerJoin('residents', 'residents.id', 'counselling_participants.resident_id')
      .select([
        'counselling_participants.resident_id',
        'counselling_participants.starts_at',
        'counselling_participants.attendance',
        'counselling_participants.who5_score',
      ])
      .where('counselling_participants.starts_at', '>=', s.from)
      // starts_at is a timestamp; the last day of the period counts whole.
      .where('counselling_participants.starts_at', '<', `${s.to}~`);
    if (s.site) q = q.where('residents.code_site', '=', s.site);
    return q.orderBy('counselling_participants.starts_at').execute();
  },

  /** Follow-up visits of the given month made in the period. */
  visitsOfMonth: (
    db: AppDb,
    s: Scope,
    month: number,
  ): Promise<{ resident_id: string; visited_on: string | null; reached: number | null; composite: number | null }[]> => {
    let q = db
      .selectFrom('reintegration_visits')
      .innerJoin('residents', 'residents.id', 'reintegration_visits.resident_id')
      .select([
        'reintegration_visits.resident_id',
        'reintegration_visits.visited_on',
        'reintegration_visits.reached',
        'reintegration_visits.composite',
      ])
      .where('reintegration_visits.status', '=', 'done')
      .where('reintegration_visits.month', '=', month)
      .where('reintegration_visits.visited_on', '>=', s.from)
      .where('reintegration_visits.visited_on', '<=', s.to);
    if (s.site) q = q.where('residents.code_site', '=', s.site);
    return q.orderBy('reintegration_visits.visited_on').execute();
  },
};

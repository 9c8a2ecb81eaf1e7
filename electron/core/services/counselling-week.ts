import type { MyWeek } from '../../../shared/domain/rehab-sessions';
import type { SessionType } from '../../../shared/enums/rehabilitation';
import { viewerOf } from '../access/relation';
import { sessionsRepo } from '../repositories/counselling-sessions';
import { plansRepo } from '../repositories/rehab-plans';
import type { Session } from '../session';
import { todayIso } from './residents-records';
import { readSettings } from './settings';

/**
 * My week and the Home cards: lists across residents. A manager (or a shelter where every
 * file is open) sees every resident; a counsellor or social worker the residents assigned
 * to her. They name residents (code and name) but nothing of what was said.
 */
const CARD_ROWS = 50;
const DAY = 86_400_000;

async function staffScope(session: Session): Promise<string | null> {
  return (await viewerOf(session)).restricted ? session.user.id : null;
}

const ref = (r: { id?: string; resident_id?: string; code: string; display_name: string }) => ({
  residentId: (r.resident_id ?? r.id)!,
  residentCode: r.code,
  residentName: r.display_name,
});

export async function reviewsOverdue(session: Session): Promise<MyWeek['reviewsDue']> {
  const today = todayIso((await readSettings(session.db)).timeZone);
  const rows = await plansRepo.reviewsDue(session.db, today, await staffScope(session), CARD_ROWS);
  return rows.map((r) => ({ ...ref(r), nextReviewOn: r.next_review_on! }));
}

export async function missedTwice(
  session: Session,
): Promise<{ residentId: string; residentCode: string; residentName: string; lastMissedAt: string }[]> {
  const rows = await sessionsRepo.missedTwice(session.db, await staffScope(session), CARD_ROWS);
  return rows.map((r) => ({ ...ref(r), lastMissedAt: r.last_missed_at }));
}

/** The signed-in counsellor's next seven days, her missed sessions of the last four weeks, and plan reviews due within the week. */
export async function myWeek(session: Session): Promise<MyWeek> {
  const now = Date.now();
  const me = session.user.id;
  const db = session.db;
  const upcoming = await sessionsRepo.byCounsellorBetween(db, me, new Date(now).toISOString(), new Date(now + 7 * DAY).toISOString(), [
    'scheduled',
  ]);
  const missed = await sessionsRepo.byCounsellorBetween(db, me, new Date(now - 28 * DAY).toISOString(), new Date(now).toISOString(), [
    'missed',
  ]);
  const { timeZone } = await readSettings(db);
  const weekEnd = todayIso(timeZone, now + 7 * DAY);
  const reviews = await plansRepo.reviewsDue(db, weekEnd, me, CARD_ROWS);
  return {
    upcoming: upcoming.map((r) => ({ ...ref(r), sessionId: r.id, startsAt: r.starts_at, type: r.type as SessionType })),
    missed: missed.map((r) => ({ ...ref(r), sessionId: r.id, startsAt: r.starts_at })),
    reviewsDue: reviews.map((r) => ({ ...ref(r), nextReviewOn: r.next_review_on! })),
  };
}

import type { AttentionCursor, MyVisits, VisitCursor, VisitSection } from '../../../shared/domain/reintegration';
import { reintegrationListsRepo, type DueRange } from '../repositories/reintegration-lists';
import type { Session } from '../session';
import { attentionPage, attentionTotal } from './reintegration-attention';
import { addDays } from './reintegration-dates';

/** Lines per page of each section of My visits; "show more" fetches the next page. */
export const MY_VISITS_PAGE = 25;
/** How far ahead "next weeks" looks. */
const LATER_DAYS = 30;

/** Whose visits a viewer sees in My visits: her own residents, or everyone's for a manager. */
const ownerFilter = (session: Session) => (session.user.role === 'manager' ? null : session.user.id);

/**
 * The due dates of each section on `today` (the shelter's day): overdue is before today,
 * this week is today and the six days after, next weeks up to a month ahead.
 */
function ranges(today: string): Record<VisitSection, DueRange> {
  const weekEnd = addDays(today, 6);
  return {
    overdue: { from: null, to: addDays(today, -1) },
    dueThisWeek: { from: today, to: weekEnd },
    later: { from: addDays(weekEnd, 1), to: addDays(today, LATER_DAYS) },
  };
}

async function visitPage(session: Session, range: DueRange, after: VisitCursor | null): Promise<Omit<MyVisits['overdue'], 'total'>> {
  const rows = await reintegrationListsRepo.duePage(session.db, range, after, MY_VISITS_PAGE + 1, ownerFilter(session));
  const items = rows.slice(0, MY_VISITS_PAGE).map((r) => ({
    visitId: r.id,
    residentId: r.resident_id,
    code: r.code,
    displayName: r.display_name,
    dueOn: r.due_on,
    month: r.month,
    village: r.village,
    district: r.district,
  }));
  const last = rows.length > MY_VISITS_PAGE ? items.at(-1)! : null;
  return { items, next: last ? { dueOn: last.dueOn, visitId: last.visitId } : null };
}

/**
 * My visits: overdue, due this week, the next weeks', and the people needing attention
 * (score falling or not reached twice in a row), each with its exact total and first page.
 */
export async function myVisits(session: Session, today: string): Promise<MyVisits> {
  const owner = ownerFilter(session);
  const r = ranges(today);
  const [overdue, dueThisWeek, later] = await reintegrationListsRepo.countDue(session.db, [r.overdue, r.dueThisWeek, r.later], owner);
  return {
    today,
    overdue: { total: overdue!, ...(await visitPage(session, r.overdue, null)) },
    dueThisWeek: { total: dueThisWeek!, ...(await visitPage(session, r.dueThisWeek, null)) },
    later: { total: later!, ...(await visitPage(session, r.later, null)) },
    attention: {
      total: await attentionTotal(session.db, today, owner),
      ...(await attentionPage(session.db, today, owner, null, MY_VISITS_PAGE)),
    },
  };
}

/** The next page of one visits section, after the last line shown. */
export function myVisitsMore(session: Session, today: string, section: VisitSection, after: VisitCursor) {
  return visitPage(session, ranges(today)[section], after);
}

/** The next page of the attention list, after the last person shown. */
export function attentionMore(session: Session, today: string, after: AttentionCursor) {
  return attentionPage(session.db, today, ownerFilter(session), after, MY_VISITS_PAGE);
}

/** The Home cards' numbers: two COUNTs, whatever the size of the shelter. */
export async function visitCounts(session: Session, today: string): Promise<{ overdue: number; dueThisWeek: number }> {
  const r = ranges(today);
  const [overdue, dueThisWeek] = await reintegrationListsRepo.countDue(session.db, [r.overdue, r.dueThisWeek], ownerFilter(session));
  return { overdue: overdue!, dueThisWeek: dueThisWeek! };
}

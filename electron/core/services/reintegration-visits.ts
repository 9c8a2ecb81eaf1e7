import {
  REINTEGRATION_VALIDATION,
  type MyVisits,
  type ReintegrationView,
  type VisitRecord,
  type VisitView,
} from '../../../shared/domain/reintegration';
import { attentionReasons, reintegrationScore, type IndicatorRatings } from '../../../shared/domain/reintegration-score';
import type { ClosureReason, VisitMode, VisitStatus } from '../../../shared/enums/reintegration';
import { requireFollowUpContactConsent } from '../access/consent-gate';
import { appendAudit } from '../audit/audit-log';
import type { AppDb } from '../db/kysely';
import type { ReintegrationVisitsTable } from '../db/schema';
import { nowIso } from '../ids';
import { reintegrationRepo } from '../repositories/reintegration';
import { referralsOutRepo } from '../repositories/residents-referrals-out';
import type { Session } from '../session';
import { hasConsent } from './residents-consent';
import { refuseField } from './residents-records';
import { planView } from './reintegration-plan';
import { addDays } from './reintegration-dates';
import { dueVisit, lastDischarge } from './reintegration-schedule';

export function toVisitView(r: ReintegrationVisitsTable): VisitView {
  const scored = r.composite !== null;
  return {
    id: r.id,
    residentId: r.resident_id,
    month: r.month,
    dueOn: r.due_on,
    status: r.status as VisitStatus,
    rescheduled: JSON.parse(r.reschedules) as VisitView['rescheduled'],
    visitedOn: r.visited_on,
    mode: r.mode as VisitMode | null,
    visitors: r.visitors,
    reached: r.reached === null ? null : r.reached === 1,
    findings: r.findings,
    ratings: r.ratings ? (JSON.parse(r.ratings) as IndicatorRatings) : null,
    scores: scored ? { economic: r.economic!, social: r.social!, psychosocial: r.psychosocial!, composite: r.composite! } : null,
    newRisks: r.new_risks,
    actionsAgreed: r.actions_agreed,
    referralOutId: r.referral_out_id,
    cancelledBecause: r.cancelled_because,
  };
}

/**
 * Records a due visit (reached or not). Needs her follow-up contact consent on the visit's
 * date; a visit before her discharge is refused; the scores follow from the ratings by the
 * formula in shared/domain/reintegration-score.ts.
 */
export async function recordVisit(session: Session, input: VisitRecord): Promise<VisitView> {
  const visit = await dueVisit(session, input.visitId);
  const dischargedOn = await lastDischarge(session, visit.resident_id);
  if (!dischargedOn || input.visitedOn < dischargedOn) refuseField('visitedOn', REINTEGRATION_VALIDATION.visitBeforeDischarge);
  if (input.referralOutId) {
    const ref = await referralsOutRepo.byId(session.db, input.referralOutId);
    if (ref?.resident_id !== visit.resident_id) refuseField('referralOutId', REINTEGRATION_VALIDATION.referralOther);
  }
  await requireFollowUpContactConsent(session.db, visit.resident_id, input.visitedOn);
  const ratings = input.reached ? input.ratings! : null;
  const score = ratings ? reintegrationScore(ratings) : null;
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await reintegrationRepo.updateVisit(trx, visit.id, {
      status: 'done',
      visited_on: input.visitedOn,
      mode: input.mode,
      visitors: input.visitors,
      reached: input.reached ? 1 : 0,
      findings: input.findings ?? null,
      ratings: ratings ? JSON.stringify(ratings) : null,
      economic: score?.economic ?? null,
      social: score?.social ?? null,
      psychosocial: score?.psychosocial ?? null,
      composite: score?.composite ?? null,
      new_risks: input.newRisks ?? null,
      actions_agreed: input.actionsAgreed ?? null,
      referral_out_id: input.referralOutId ?? null,
      updated_at: at,
      updated_by: session.user.id,
    });
    await appendAudit(trx, {
      action: 'reintegration.visit_recorded',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: visit.resident_id,
      at,
      details: { visitId: visit.id, reached: input.reached, mode: input.mode },
    });
  });
  return toVisitView((await reintegrationRepo.visitById(session.db, visit.id))!);
}

/** The Reintegration tab; opening it is recorded as a view of the file. */
export async function readReintegration(session: Session, residentId: string): Promise<ReintegrationView> {
  const visits = (await reintegrationRepo.visitsOf(session.db, residentId)).map(toVisitView);
  const closures = await reintegrationRepo.closuresOf(session.db, residentId);
  const done = visits.filter((v) => v.status === 'done').sort((a, b) => (a.visitedOn! < b.visitedOn! ? -1 : 1));
  await appendAudit(session.db, {
    action: 'resident.viewed',
    actorId: session.user.id,
    targetType: 'resident',
    targetId: residentId,
    details: { section: 'reintegration' },
  });
  return {
    residentId,
    plan: await planView(session, residentId),
    dischargedOn: await lastDischarge(session, residentId),
    visits,
    closed: closures.some((c) => c.reopened_at === null),
    closures: closures.map((c) => ({
      closedOn: c.closed_on,
      reason: c.reason as ClosureReason,
      note: c.note,
      closedByName: c.closed_by_name,
      reopenedAt: c.reopened_at,
      reopenReason: c.reopen_reason,
    })),
    attention: attentionReasons(done.map((v) => ({ reached: v.reached === true, composite: v.scores?.composite ?? null }))),
    followUpConsent: await hasConsent(session.db, residentId, 'follow_up_contact', {}),
  };
}

/** Whose visits a viewer sees in My visits: her own residents, or everyone's for a manager. */
const ownerFilter = (session: Session) => (session.user.role === 'manager' ? null : session.user.id);

/** The most lines a list shows; the counts on Home are exact whatever this is. */
const LIST_LIMIT = 500;
/** The attention list: people whose latest visit is this recent… */
const ATTENTION_DAYS = 180;
/** …judged on the visits of this window, long enough to hold the two before it (6 and 12 months apart at most). */
const ATTENTION_WINDOW_DAYS = 400;

/**
 * My visits: overdue (due before today where the shelter is), due within seven days from
 * today, the next month's, and the people needing attention (score falling or not reached
 * twice in a row).
 */
export async function myVisits(session: Session, today: string): Promise<MyVisits> {
  const owner = ownerFilter(session);
  const rows = await reintegrationRepo.dueUntil(session.db, addDays(today, 30), owner, LIST_LIMIT);
  const toItem = (r: (typeof rows)[number]) => ({
    visitId: r.id,
    residentId: r.resident_id,
    code: r.code,
    displayName: r.display_name,
    dueOn: r.due_on,
    month: r.month,
    village: r.village,
    district: r.district,
  });
  const weekEnd = addDays(today, 6);
  return {
    today,
    overdue: rows.filter((r) => r.due_on < today).map(toItem),
    dueThisWeek: rows.filter((r) => r.due_on >= today && r.due_on <= weekEnd).map(toItem),
    later: rows.filter((r) => r.due_on > weekEnd).map(toItem),
    attention: await attentionList(session.db, today, owner),
  };
}

async function attentionList(db: AppDb, today: string, owner: string | null): Promise<MyVisits['attention']> {
  const recent = addDays(today, -ATTENTION_DAYS);
  const rows = await reintegrationRepo.doneSince(db, addDays(today, -ATTENTION_WINDOW_DAYS), recent, owner);
  const flagged: { residentId: string; reasons: MyVisits['attention'][number]['reasons']; lastComposite: number | null }[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j < rows.length && rows[j]!.resident_id === rows[i]!.resident_id) j++;
    const mine = rows.slice(i, j);
    const reasons =
      mine.at(-1)!.visited_on! < recent ? [] : attentionReasons(mine.map((v) => ({ reached: v.reached === 1, composite: v.composite })));
    if (reasons.length)
      flagged.push({
        residentId: mine[0]!.resident_id,
        reasons,
        lastComposite: mine.filter((v) => v.composite !== null).at(-1)?.composite ?? null,
      });
    i = j;
  }
  const names = new Map(
    (
      await reintegrationRepo.shownNames(
        db,
        flagged.map((f) => f.residentId),
      )
    ).map((r) => [r.id, r]),
  );
  return flagged.map((f) => ({ ...f, code: names.get(f.residentId)!.code, displayName: names.get(f.residentId)!.display_name }));
}

/** The Home cards' numbers. */
export async function visitCounts(session: Session, today: string): Promise<{ overdue: number; dueThisWeek: number }> {
  const rows = await reintegrationRepo.dueUntil(session.db, addDays(today, 6), ownerFilter(session), 100_000);
  const overdue = rows.filter((r) => r.due_on < today).length;
  return { overdue, dueThisWeek: rows.length - overdue };
}

import { REINTEGRATION_VALIDATION, type ReintegrationView, type VisitRecord, type VisitView } from '../../../shared/domain/reintegration';
import { attentionReasons, reintegrationScore, type IndicatorRatings } from '../../../shared/domain/reintegration-score';
import type { ClosureReason, VisitMode, VisitStatus } from '../../../shared/enums/reintegration';
import { requireFollowUpContactConsent } from '../access/consent-gate';
import { appendAudit } from '../audit/audit-log';
import type { ReintegrationVisitsTable } from '../db/schema';
import { nowIso } from '../ids';
import { reintegrationRepo } from '../repositories/reintegration';
import { referralsOutRepo } from '../repositories/residents-referrals-out';
import type { Session } from '../session';
import { hasConsent } from './residents-consent';
import { refuseField } from './residents-records';
import { planView } from './reintegration-plan';
import { dueVisit, lastDischarge } from './reintegration-schedule';
import { refreshAttention } from './reintegration-attention';

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
    await refreshAttention(trx, visit.resident_id);
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

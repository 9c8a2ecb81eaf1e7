import { AppError } from '../../../shared/errors';
import { REINTEGRATION_VALIDATION } from '../../../shared/domain/reintegration';
import type { z } from 'zod';
import type { rescheduleSchema } from '../../../shared/domain/reintegration';
import { requireFollowUpContactConsent } from '../access/consent-gate';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import { reintegrationRepo } from '../repositories/reintegration';
import { staysRepo } from '../repositories/residents-stays';
import type { Session } from '../session';
import { refuseField } from './residents-records';
import { readSettings } from './settings';
import { addMonths } from './reintegration-dates';
import { refreshAttention } from './reintegration-attention';

/** The follow-up dates for a discharge date and the shelter's months (sorted, no repeats). */
export function scheduleDates(dischargedOn: string, months: readonly number[]): { month: number; dueOn: string }[] {
  return [...new Set(months)].sort((a, b) => a - b).map((month) => ({ month, dueOn: addMonths(dischargedOn, month) }));
}

/** The discharge date of her latest stay, or null while she is in the shelter (or was never discharged). */
export async function lastDischarge(session: Session, residentId: string): Promise<string | null> {
  const stay = await staysRepo.latest(session.db, residentId);
  return stay?.discharged_on ?? null;
}

/**
 * Schedules the follow-up year from her discharge date at the months the shelter set (1, 3,
 * 6 and 12 by default). Needs her follow-up contact consent; refused while she is still in
 * the shelter or while visits are already due.
 */
export async function startSchedule(session: Session, residentId: string): Promise<{ scheduled: number }> {
  const dischargedOn = await lastDischarge(session, residentId);
  if (!dischargedOn) refuseField('residentId', REINTEGRATION_VALIDATION.notDischarged);
  if ((await reintegrationRepo.countDue(session.db, residentId)) > 0) refuseField('residentId', REINTEGRATION_VALIDATION.alreadyScheduled);
  await requireFollowUpContactConsent(session.db, residentId);
  const { followUpMonths } = await readSettings(session.db);
  const at = nowIso();
  const by = session.user.id;
  const dates = scheduleDates(dischargedOn, followUpMonths);
  await session.db.transaction().execute(async (trx) => {
    await reintegrationRepo.insertVisits(
      trx,
      dates.map((d) => ({
        id: uuidv7(),
        resident_id: residentId,
        month: d.month,
        due_on: d.dueOn,
        status: 'due',
        reschedules: '[]',
        created_at: at,
        created_by: by,
        updated_at: at,
        updated_by: by,
      })),
    );
    await refreshAttention(trx, residentId);
    await appendAudit(trx, {
      action: 'reintegration.schedule_started',
      actorId: by,
      targetType: 'resident',
      targetId: residentId,
      at,
      details: { months: dates.map((d) => d.month) },
    });
  });
  return { scheduled: dates.length };
}

export async function dueVisit(session: Session, visitId: string) {
  const visit = await reintegrationRepo.visitById(session.db, visitId);
  if (!visit) throw new AppError('NOT_FOUND', 'no such visit');
  if (visit.status !== 'due') refuseField('visitId', REINTEGRATION_VALIDATION.visitNotDue);
  return visit;
}

/** Moves a due visit; the reason is kept with the old and new dates. */
export async function rescheduleVisit(session: Session, input: z.output<typeof rescheduleSchema>): Promise<{ dueOn: string }> {
  const visit = await dueVisit(session, input.visitId);
  const dischargedOn = await lastDischarge(session, visit.resident_id);
  if (!dischargedOn || input.dueOn < dischargedOn) refuseField('dueOn', REINTEGRATION_VALIDATION.dueBeforeDischarge);
  const at = nowIso();
  const history = [...(JSON.parse(visit.reschedules) as unknown[]), { from: visit.due_on, to: input.dueOn, reason: input.reason, at }];
  await session.db.transaction().execute(async (trx) => {
    await reintegrationRepo.updateVisit(trx, visit.id, {
      due_on: input.dueOn,
      reschedules: JSON.stringify(history),
      updated_at: at,
      updated_by: session.user.id,
    });
    await refreshAttention(trx, visit.resident_id);
    await appendAudit(trx, {
      action: 'reintegration.visit_rescheduled',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: visit.resident_id,
      at,
      details: { visitId: visit.id, fields: ['dueOn', 'reason'] },
    });
  });
  return { dueOn: input.dueOn };
}

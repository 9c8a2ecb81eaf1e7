import { AppError } from '../../../shared/errors';
import { REINTEGRATION_VALIDATION, type CaseClose } from '../../../shared/domain/reintegration';
import { appendAudit } from '../audit/audit-log';
import type { AppDb } from '../db/kysely';
import { nowIso, uuidv7 } from '../ids';
import { reintegrationRepo } from '../repositories/reintegration';
import type { Session } from '../session';
import { refuseField } from './residents-records';
import { refreshAttention } from './reintegration-attention';

/**
 * Closing a case: when the follow-up year is complete or for a stated reason. A closed case
 * is read-only for everyone but a manager (the guard in access/closure-guard.ts, applied to
 * every channel that changes a resident's file); reopening keeps the closure as history.
 *
 * Readmission: a closed case can only be readmitted by a manager (the guard); readmitting
 * reopens it (reason "readmitted") and, closed or not, marks every follow-up still due as
 * not to be made, since she is back in the shelter. Her plan and past visits stay.
 */
export async function isCaseClosed(db: AppDb, residentId: string): Promise<boolean> {
  return (await reintegrationRepo.openClosure(db, residentId)) !== undefined;
}

export async function closeCase(session: Session, input: CaseClose): Promise<{ closed: true }> {
  if (await isCaseClosed(session.db, input.residentId)) refuseField('residentId', REINTEGRATION_VALIDATION.alreadyClosed);
  const at = nowIso();
  const by = session.user.id;
  await session.db.transaction().execute(async (trx) => {
    await reintegrationRepo.insertClosure(trx, {
      id: uuidv7(),
      resident_id: input.residentId,
      closed_on: input.closedOn,
      reason: input.reason,
      note: input.note ?? null,
      closed_at: at,
      closed_by: by,
    });
    const cancelled = await reintegrationRepo.cancelDue(trx, input.residentId, 'case_closed', at, by);
    await refreshAttention(trx, input.residentId);
    await appendAudit(trx, {
      action: 'reintegration.case_closed',
      actorId: by,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { reason: input.reason, visitsCancelled: Number(cancelled.numUpdatedRows) },
    });
  });
  return { closed: true };
}

export async function reopenCase(session: Session, input: { residentId: string; reason: string }): Promise<{ closed: false }> {
  const open = await reintegrationRepo.openClosure(session.db, input.residentId);
  if (!open) refuseField('residentId', REINTEGRATION_VALIDATION.notClosed);
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await reintegrationRepo.reopen(trx, open.id, at, session.user.id, input.reason);
    await refreshAttention(trx, input.residentId);
    await appendAudit(trx, {
      action: 'reintegration.case_reopened',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { fields: ['reason'] },
    });
  });
  return { closed: false };
}

/** Inside the readmission's transaction: see the module comment. */
export async function reintegrationOnReadmission(trx: AppDb, residentId: string, at: string, by: string): Promise<void> {
  await reintegrationRepo.cancelDue(trx, residentId, 'readmitted', at, by);
  const open = await reintegrationRepo.openClosure(trx, residentId);
  if (open) await reintegrationRepo.reopen(trx, open.id, at, by, 'readmitted');
  await refreshAttention(trx, residentId);
}

/** Inside a withdrawal's transaction: with no follow-up consent left in force, the visits still due are not to be made. */
export async function reintegrationOnConsentWithdrawn(trx: AppDb, residentId: string, at: string, by: string): Promise<void> {
  await reintegrationRepo.cancelDue(trx, residentId, 'consent_withdrawn', at, by);
  await refreshAttention(trx, residentId);
}

export function caseClosedError(): AppError {
  return new AppError('CASE_CLOSED', 'this case is closed: only a manager may change it');
}

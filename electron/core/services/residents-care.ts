import { AppError } from '../../../shared/errors';
import {
  ASSIGNABLE_ROLES,
  CARE_VALIDATION,
  type AssignableRole,
  type AssignableStaff,
  type CareUpdate,
  type CareView,
} from '../../../shared/domain/resident-care';
import type { RiskLevel } from '../../../shared/enums/care';
import type { AppDb } from '../db/kysely';
import { appendAudit } from '../audit/audit-log';
import { nowIso } from '../ids';
import { residentCareRepo } from '../repositories/residents-care';
import { usersRepo } from '../repositories/users';
import type { Session } from '../session';
import { refuseField } from './residents-records';

/**
 * Not recorded as a view: who looks after her and the risk level are what the team needs on
 * every screen (the file header, the list), and tell nothing of her story. The profile and
 * consents, which do, are recorded when opened.
 */
export async function readCare(db: AppDb, residentId: string): Promise<CareView> {
  const r = await residentCareRepo.careOf(db, residentId);
  if (!r) throw new AppError('NOT_FOUND', 'no such resident');
  const staff = (id: string | null, name: string | null, disabledAt: string | null, role: string | null, expected: AssignableRole) =>
    id === null ? null : { id, displayName: name ?? '?', active: disabledAt === null && role === expected };
  return {
    residentId: r.id,
    socialWorker: staff(r.social_worker_id, r.social_worker_name, r.social_worker_disabled_at, r.social_worker_role, 'social_worker'),
    counsellor: staff(r.counsellor_id, r.counsellor_name, r.counsellor_disabled_at, r.counsellor_role, 'counsellor'),
    riskLevel: r.risk_level as RiskLevel,
  };
}

/** The assigned person must exist, be active and hold the role (a manager is not a counsellor). */
export async function checkAssignable(db: AppDb, id: string, role: AssignableRole, path: string, message: string): Promise<void> {
  const user = await usersRepo.byId(db, id);
  if (!user || user.disabled_at !== null || user.role !== role) refuseField(path, message);
}

export async function updateCare(session: Session, input: CareUpdate): Promise<CareView> {
  const before = await readCare(session.db, input.residentId);
  if (input.socialWorkerId) {
    await checkAssignable(session.db, input.socialWorkerId, 'social_worker', 'socialWorkerId', CARE_VALIDATION.socialWorkerInvalid);
  }
  if (input.counsellorId) {
    await checkAssignable(session.db, input.counsellorId, 'counsellor', 'counsellorId', CARE_VALIDATION.counsellorInvalid);
  }
  const next = {
    social_worker_id: input.socialWorkerId === undefined ? (before.socialWorker?.id ?? null) : input.socialWorkerId,
    counsellor_id: input.counsellorId === undefined ? (before.counsellor?.id ?? null) : input.counsellorId,
    risk_level: input.riskLevel ?? before.riskLevel,
  };
  const fields = [
    ...(next.social_worker_id !== (before.socialWorker?.id ?? null) ? ['socialWorker'] : []),
    ...(next.counsellor_id !== (before.counsellor?.id ?? null) ? ['counsellor'] : []),
    ...(next.risk_level !== before.riskLevel ? ['riskLevel'] : []),
  ];
  if (fields.length === 0) return before;
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await residentCareRepo.updateCare(trx, input.residentId, { ...next, updated_at: at, updated_by: session.user.id });
    await appendAudit(trx, {
      action: 'resident.care_updated',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { fields },
    });
  });
  return readCare(session.db, input.residentId);
}

export async function assignableStaff(db: AppDb): Promise<AssignableStaff[]> {
  const rows = await residentCareRepo.activeStaffWithRoles(db, ASSIGNABLE_ROLES);
  return rows.map((r) => ({ id: r.id, displayName: r.full_name, role: r.role as AssignableRole }));
}

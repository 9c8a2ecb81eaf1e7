import type { RiskFlag } from '../../../shared/enums/rehabilitation';
import type { RiskFlagView } from '../../../shared/domain/rehab-sessions';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit/audit-log';
import type { AppDb } from '../db/kysely';
import { nowIso, uuidv7 } from '../ids';
import { sessionsRepo } from '../repositories/counselling-sessions';
import { residentCareRepo } from '../repositories/residents-care';
import type { Session } from '../session';

/**
 * A risk flag raised in a session lifts the resident's risk level to at least high (an
 * audited care change, as if the manager had set it) and waits on the manager's Home
 * until acknowledged. A flag already raised for this session and resident is not raised
 * again; clearing a flag later never lowers the level: that is the team's decision.
 */
export async function raiseRiskForFlags(
  db: AppDb,
  e: { sessionId: string; residentId: string; flags: readonly RiskFlag[]; actorId: string; at: string },
): Promise<void> {
  if (e.flags.length === 0) return;
  const raised: RiskFlag[] = [];
  for (const flag of new Set(e.flags)) {
    const res = await sessionsRepo.insertFlag(db, {
      id: uuidv7(),
      resident_id: e.residentId,
      session_id: e.sessionId,
      flag,
      raised_at: e.at,
      raised_by: e.actorId,
    });
    if (Number(res[0]?.numInsertedOrUpdatedRows ?? 0) > 0) raised.push(flag);
  }
  if (raised.length === 0) return;
  await appendAudit(db, {
    action: 'counselling.risk_raised',
    actorId: e.actorId,
    targetType: 'resident',
    targetId: e.residentId,
    at: e.at,
    details: { sessionId: e.sessionId, flags: raised },
  });
  const care = await residentCareRepo.careOf(db, e.residentId);
  if (!care || care.risk_level === 'high') return;
  await residentCareRepo.updateCare(db, e.residentId, {
    social_worker_id: care.social_worker_id,
    counsellor_id: care.counsellor_id,
    risk_level: 'high',
    updated_at: e.at,
    updated_by: e.actorId,
  });
  await appendAudit(db, {
    action: 'resident.care_updated',
    actorId: e.actorId,
    targetType: 'resident',
    targetId: e.residentId,
    at: e.at,
    details: { fields: ['riskLevel'], cause: 'risk_flag' },
  });
}

export async function openRiskFlags(db: AppDb): Promise<RiskFlagView[]> {
  const rows = await sessionsRepo.openFlags(db, 100);
  return rows.map((r) => ({
    id: r.id,
    residentId: r.resident_id,
    residentCode: r.code,
    residentName: r.display_name,
    flag: r.flag as RiskFlag,
    raisedAt: r.raised_at,
    raisedByName: r.raised_by_name,
  }));
}

export async function acknowledgeRiskFlag(session: Session, input: { residentId: string; flagId: string }): Promise<RiskFlagView[]> {
  const flag = await sessionsRepo.flag(session.db, input.flagId);
  if (!flag || flag.resident_id !== input.residentId) throw new AppError('NOT_FOUND', 'no such risk flag');
  if (flag.acknowledged_at) return openRiskFlags(session.db);
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await sessionsRepo.acknowledgeFlag(trx, flag.id, at, session.user.id);
    await appendAudit(trx, {
      action: 'counselling.risk_acknowledged',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: flag.resident_id,
      at,
      details: { flag: flag.flag, sessionId: flag.session_id },
    });
  });
  return openRiskFlags(session.db);
}

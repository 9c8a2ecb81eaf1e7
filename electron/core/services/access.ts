import { AppError } from '../../../shared/errors';
import type { AccessOverview, BreakGlass, ResidentAccessView } from '../../../shared/domain/access';
import type { BreakGlassReason } from '../../../shared/enums/sharing';
import { appendAudit } from '../audit/audit-log';
import { nowIso, uuidv7 } from '../ids';
import { accessRepo } from '../repositories/access';
import type { Session } from '../session';
import { relationTo } from '../access/relation';
import type { AppDb } from '../db/kysely';

/** How far back the manager's Home lists files opened by breaking the glass. */
export const BREAK_GLASS_HOME_DAYS = 30;
/** Residents waiting for staff shown on Home; the list behind it is the residents list's staff filter. */
const UNASSIGNED_SHOWN = 50;

async function openingOf(db: AppDb, residentId: string, userId: string): Promise<ResidentAccessView['brokenGlass']> {
  const last = await accessRepo.lastBreakGlass(db, residentId, userId);
  return last ? { reason: last.reason as BreakGlassReason, at: last.at } : null;
}

export async function residentAccessView(session: Session, residentId: string): Promise<ResidentAccessView> {
  const relation = await relationTo(session, residentId);
  if (!relation) throw new AppError('NOT_FOUND', 'no such resident');
  const brokenGlass = relation === 'broken_glass' ? await openingOf(session.db, residentId, session.user.id) : null;
  return { residentId, relation, brokenGlass };
}

/**
 * Opens a file not hers for the rest of the session. Refused, exactly as the gate refuses
 * a resident not hers, when there is no such resident; a file already hers needs no glass.
 * The reason's text stays in the encrypted break_glass table; the audit log has its kind.
 */
export async function breakGlass(session: Session, input: BreakGlass): Promise<ResidentAccessView> {
  const relation = await relationTo(session, input.residentId);
  if (!relation) throw new AppError('RESIDENT_NOT_ASSIGNED', 'this resident is not assigned to you, or does not exist');
  if (relation !== 'not_assigned') return residentAccessView(session, input.residentId);
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await accessRepo.insertBreakGlass(trx, {
      id: uuidv7(),
      resident_id: input.residentId,
      user_id: session.user.id,
      reason: input.reason,
      note: input.note,
      at,
    });
    await appendAudit(trx, {
      action: 'resident.glass_broken',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { reason: input.reason },
    });
  });
  session.brokenGlass.add(input.residentId);
  return residentAccessView(session, input.residentId);
}

export async function accessOverview(db: AppDb, now: number): Promise<AccessOverview> {
  const since = new Date(now - BREAK_GLASS_HOME_DAYS * 86_400_000).toISOString();
  const openings = await accessRepo.breakGlassSince(db, since);
  const unassigned = await accessRepo.unassigned(db, UNASSIGNED_SHOWN);
  return {
    breakGlass: openings.map((o) => ({
      id: o.id,
      residentId: o.resident_id,
      residentCode: o.code,
      residentName: o.display_name,
      userName: o.user_name,
      reason: o.reason as BreakGlassReason,
      note: o.note,
      at: o.at,
    })),
    unassigned: unassigned.map((r) => ({
      residentId: r.id,
      code: r.code,
      displayName: r.display_name,
      missingCounsellor: r.counsellor_id === null,
      missingSocialWorker: r.social_worker_id === null,
    })),
  };
}

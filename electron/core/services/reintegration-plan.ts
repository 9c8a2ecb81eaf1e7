import { z } from 'zod';
import { allows } from '../../../shared/access/table';
import { AppError } from '../../../shared/errors';
import { ageOn } from '../../../shared/domain/resident';
import {
  REINTEGRATION_VALIDATION,
  householdContactSchema,
  planSaveSchema,
  supportLineSchema,
  type PlanSave,
  type PlanView,
} from '../../../shared/domain/reintegration';
import { AUTHORITY_ROLES, FAMILY_ASSESSMENTS, RETRAFFICKING_RISK_REASONS } from '../../../shared/enums/reintegration';
import { relationTo } from '../access/relation';
import { appendAudit } from '../audit/audit-log';
import type { AppDb } from '../db/kysely';
import type { ReintegrationPlansTable } from '../db/schema';
import { nowIso, uuidv7 } from '../ids';
import { partnersRepo } from '../repositories/partners';
import { reintegrationRepo } from '../repositories/reintegration';
import { residentsRepo } from '../repositories/residents';
import type { Session } from '../session';
import { canonicalRwandaOrigin } from './residents-location';
import { refuseField, todayIso } from './residents-records';

/** What the JSON `details` column holds, read back strictly (anything else is ignored). */
const detailsSchema = z.object({
  followingPartnerId: z.string().optional(),
  householdContact: householdContactSchema.optional(),
  authority: z.object({ partnerId: z.string(), role: z.enum(AUTHORITY_ROLES) }).optional(),
  familyAssessment: z.enum(FAMILY_ASSESSMENTS).default('not_done'),
  familyAssessmentNote: z.string().optional(),
  bestInterests: z.object({ determinedOn: z.string(), note: z.string() }).optional(),
  support: z.array(supportLineSchema).default([]),
  riskReasons: z.array(z.enum(RETRAFFICKING_RISK_REASONS)).default([]),
  riskNote: z.string().optional(),
  wishes: z.string().optional(),
});
type Details = z.infer<typeof detailsSchema>;

/** Fields compared for the audit entry's list of what changed (never their values). */
const FIELDS = Object.keys(planSaveSchema.shape).filter((k) => k !== 'residentId') as (keyof Omit<PlanSave, 'residentId'>)[];

async function livePartnerOr(db: AppDb, id: string | undefined, path: string): Promise<string | null> {
  if (!id) return null;
  const p = await partnersRepo.byId(db, id);
  if (!p || p.removed_at !== null) refuseField(path, REINTEGRATION_VALIDATION.partnerUnknown);
  return p.name;
}

function toSave(row: ReintegrationPlansTable): PlanSave {
  const d: Details = detailsSchema.parse(JSON.parse(row.details));
  const destination = {
    country: row.country,
    ...Object.fromEntries(
      (['province', 'district', 'sector', 'cell', 'village', 'place'] as const).filter((k) => row[k] !== null).map((k) => [k, row[k]!]),
    ),
  };
  return {
    residentId: row.resident_id,
    destinationType: row.destination_type as PlanSave['destinationType'],
    destination,
    ...d,
    risk: row.risk as PlanSave['risk'],
    ...(row.planned_exit_on ? { plannedExitOn: row.planned_exit_on } : {}),
  } as PlanSave;
}

/** The plan as the viewer may see it: a counsellor reads the plan and scores, never the household contact. */
export async function planView(session: Session, residentId: string): Promise<PlanView | null> {
  const row = await reintegrationRepo.planOf(session.db, residentId);
  if (!row) return null;
  const plan = toSave(row);
  const relation = await relationTo(session, residentId);
  const seesContact = relation !== null && allows(session.user.role, relation, 'reintegration_contact', 'read');
  const names = async (id: string | undefined) => (id ? ((await partnersRepo.byId(session.db, id))?.name ?? null) : null);
  return {
    ...plan,
    id: row.id,
    householdContact: seesContact ? (plan.householdContact ?? null) : null,
    contactWithheld: !seesContact,
    support: plan.support,
    supportTotalRwf: plan.support.reduce((t, s) => t + s.amountRwf, 0),
    riskReasons: plan.riskReasons,
    familyAssessment: plan.familyAssessment,
    followingPartnerName: await names(plan.followingPartnerId),
    authorityName: await names(plan.authority?.partnerId),
    updatedAt: row.updated_at,
  };
}

/**
 * Creates or replaces the plan. The village must exist in Rwanda's administrative data; a
 * plan abroad names the partner who follows her there; a minor's plan records the
 * best-interests determination.
 */
export async function savePlan(session: Session, input: PlanSave): Promise<PlanView> {
  const resident = await residentsRepo.byId(session.db, input.residentId);
  if (!resident) throw new AppError('NOT_FOUND', 'no such resident');
  const destination = canonicalRwandaOrigin(input.destination, 'destination');
  if (destination.country !== 'RW' && !input.followingPartnerId)
    refuseField('followingPartnerId', REINTEGRATION_VALIDATION.followingPartnerAbroad);
  await livePartnerOr(session.db, input.followingPartnerId, 'followingPartnerId');
  await livePartnerOr(session.db, input.authority?.partnerId, 'authority.partnerId');
  const on = input.plannedExitOn ?? todayIso();
  if (resident.date_of_birth && ageOn(resident.date_of_birth, on) < 18 && !input.bestInterests)
    refuseField('bestInterests', REINTEGRATION_VALIDATION.bestInterestsForMinor);

  const { residentId, destinationType, risk, plannedExitOn, destination: _d, ...rest } = input;
  void _d;
  const details: Details = detailsSchema.parse(rest);
  const at = nowIso();
  const by = session.user.id;
  const columns = {
    destination_type: destinationType,
    country: destination.country,
    province: destination.province ?? null,
    district: destination.district ?? null,
    sector: destination.sector ?? null,
    cell: destination.cell ?? null,
    village: destination.village ?? null,
    place: destination.place ?? null,
    risk,
    planned_exit_on: plannedExitOn ?? null,
    details: JSON.stringify(details),
    updated_at: at,
    updated_by: by,
  };
  const before = await reintegrationRepo.planOf(session.db, residentId);
  const next = { ...input, destination };
  const changed = before
    ? FIELDS.filter((f) => JSON.stringify((toSave(before) as Record<string, unknown>)[f]) !== JSON.stringify(next[f]))
    : FIELDS.filter((f) => next[f] !== undefined);
  await session.db.transaction().execute(async (trx) => {
    if (before) await reintegrationRepo.updatePlan(trx, before.id, columns);
    else await reintegrationRepo.insertPlan(trx, { id: uuidv7(), resident_id: residentId, ...columns, created_at: at, created_by: by });
    await appendAudit(trx, {
      action: 'reintegration.plan_saved',
      actorId: by,
      targetType: 'resident',
      targetId: residentId,
      at,
      details: { fields: changed, created: !before },
    });
  });
  return (await planView(session, residentId))!;
}

import { AppError } from '../../../shared/errors';
import type { GoalDomain, GoalStatus } from '../../../shared/enums/rehabilitation';
import type { GoalReviewAdd, PlanSave, PlanSnapshot, PlanVersion, PlanView } from '../../../shared/domain/rehab-plan';
import { planSnapshotSchema } from '../../../shared/domain/rehab-plan';
import { changedFieldNames, planDifference } from '../../../shared/rehabilitation/plan-diff';
import { PLAN_OWNERS, writesGoalDomain } from '../../../shared/rehabilitation/roles';
import { REHAB_VALIDATION } from '../../../shared/rehabilitation/validation';
import type { Role } from '../../../shared/roles';
import { appendAudit } from '../audit/audit-log';
import type { AppDb } from '../db/kysely';
import { nowIso, uuidv7 } from '../ids';
import { plansRepo } from '../repositories/rehab-plans';
import { usersRepo } from '../repositories/users';
import type { Session } from '../session';
import { refuseField } from './residents-records';

/**
 * A resident's rehabilitation plan: goals by domain, reviews, and versions. Every save that
 * changes something keeps the previous values (with who saved them and when) as a version;
 * the audit log names the fields only, never the words of a goal.
 */
export async function viewPlan(db: AppDb, residentId: string): Promise<PlanView> {
  const plan = await plansRepo.plan(db, residentId);
  const goals = plan ? await plansRepo.goals(db, residentId) : [];
  const reviews = plan ? await plansRepo.reviewsOfResident(db, residentId) : [];
  return {
    residentId,
    version: plan?.version ?? 0,
    nextReviewOn: plan?.next_review_on ?? null,
    updatedAt: plan?.updated_at ?? null,
    updatedByName: plan?.updated_by_name ?? null,
    goals: goals.map((g) => ({
      id: g.id,
      domain: g.domain as GoalDomain,
      description: g.description,
      targetOn: g.target_on,
      responsibleId: g.responsible_id,
      responsibleName: g.responsible_name,
      status: g.status as GoalStatus,
      droppedReason: g.dropped_reason,
      reviews: reviews
        .filter((r) => r.goal_id === g.id)
        .map((r) => ({ id: r.id, reviewedOn: r.reviewed_on, note: r.note, byName: r.by_name })),
    })),
  };
}

function snapshotOf(view: PlanView): PlanSnapshot {
  return {
    nextReviewOn: view.nextReviewOn,
    goals: view.goals.map(({ id, domain, description, targetOn, responsibleId, status, droppedReason }) => ({
      id,
      domain,
      description,
      targetOn,
      responsibleId,
      status,
      droppedReason,
    })),
  };
}

/**
 * The finer rule inside the plan (shared/rehabilitation/roles.ts): a social worker adds,
 * changes and removes goals only in her domains, and never the review date.
 */
function checkRoleMayChange(role: Role, before: PlanSnapshot, after: PlanSnapshot): void {
  const changes = planDifference(before, after);
  if (changes.some((c) => c.goalId === null) && !PLAN_OWNERS.includes(role))
    refuseField('nextReviewOn', REHAB_VALIDATION.planFieldNotYours);
  const touched = new Set(changes.filter((c) => c.goalId).map((c) => c.goalId!));
  const all = [...before.goals.map((g, i) => ({ g, i, side: 'before' })), ...after.goals.map((g, i) => ({ g, i, side: 'after' }))];
  for (const { g, i, side } of all) {
    if (!touched.has(g.id) || writesGoalDomain(role, g.domain)) continue;
    const index =
      side === 'after'
        ? i
        : Math.max(
            0,
            after.goals.findIndex((a) => a.id === g.id),
          );
    refuseField(`goals.${index}.domain`, REHAB_VALIDATION.goalDomainNotYours);
  }
}

/** A goal's responsible person must be an active account (a disabled one is refused by name). */
async function checkResponsible(db: AppDb, before: PlanSnapshot, after: PlanSnapshot): Promise<void> {
  const was = new Map(before.goals.map((g) => [g.id, g.responsibleId]));
  for (const [i, g] of after.goals.entries()) {
    if (!g.responsibleId || was.get(g.id) === g.responsibleId) continue;
    const u = await usersRepo.byId(db, g.responsibleId);
    if (!u || u.disabled_at !== null || u.role === 'reporting')
      refuseField(`goals.${i}.responsibleId`, REHAB_VALIDATION.responsibleInactive);
  }
}

export async function savePlan(session: Session, input: PlanSave): Promise<PlanView> {
  const db = session.db;
  const current = await viewPlan(db, input.residentId);
  if (current.version !== input.baseVersion)
    throw new AppError('PLAN_CHANGED_ELSEWHERE', 'the plan was saved by someone else since it was loaded');
  const ids = new Set(current.goals.map((g) => g.id));
  const before = snapshotOf(current);
  const after: PlanSnapshot = {
    nextReviewOn: input.nextReviewOn,
    goals: input.goals.map((g, i) => {
      if (g.id && !ids.has(g.id)) refuseField(`goals.${i}.id`, REHAB_VALIDATION.goalNotInPlan);
      return {
        id: g.id ?? uuidv7(),
        domain: g.domain,
        description: g.description,
        targetOn: g.targetOn,
        responsibleId: g.responsibleId,
        status: g.status,
        droppedReason: g.status === 'dropped' ? g.droppedReason : null,
      };
    }),
  };
  const changes = planDifference(before, after);
  if (current.version > 0 && changes.length === 0) return current;
  checkRoleMayChange(session.user.role, before, after);
  await checkResponsible(db, before, after);
  const at = nowIso();
  const me = session.user.id;
  const version = current.version + 1;
  await db.transaction().execute(async (trx) => {
    if (current.version > 0) {
      const was = await plansRepo.plan(trx, input.residentId);
      await plansRepo.insertVersion(trx, {
        resident_id: input.residentId,
        version: current.version,
        plan_values: JSON.stringify(before),
        saved_at: was!.updated_at,
        saved_by: was!.updated_by,
      });
    }
    await plansRepo.upsertPlan(trx, {
      resident_id: input.residentId,
      next_review_on: after.nextReviewOn,
      version,
      created_at: at,
      created_by: me,
      updated_at: at,
      updated_by: me,
    });
    const keep = new Set(after.goals.map((g) => g.id));
    await plansRepo.deleteGoals(
      trx,
      [...ids].filter((id) => !keep.has(id)),
    );
    for (const [position, g] of after.goals.entries()) {
      await plansRepo.upsertGoal(trx, {
        id: g.id,
        resident_id: input.residentId,
        position,
        domain: g.domain,
        description: g.description,
        target_on: g.targetOn,
        responsible_id: g.responsibleId,
        status: g.status,
        dropped_reason: g.droppedReason,
        created_at: at,
        created_by: me,
        updated_at: at,
        updated_by: me,
      });
    }
    await appendAudit(trx, {
      action: 'rehab.plan_saved',
      actorId: me,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { version, fields: changedFieldNames(changes) },
    });
  });
  return viewPlan(db, input.residentId);
}

/** Every version, the current one first; the screen shows any two side by side (planDifference). */
export async function planVersions(db: AppDb, residentId: string): Promise<PlanVersion[]> {
  const current = await viewPlan(db, residentId);
  if (current.version === 0) return [];
  const older = await plansRepo.versions(db, residentId);
  return [
    { version: current.version, savedAt: current.updatedAt!, savedByName: current.updatedByName, values: snapshotOf(current) },
    ...older.map((v) => ({
      version: v.version,
      savedAt: v.saved_at,
      savedByName: v.saved_by_name,
      values: planSnapshotSchema.parse(JSON.parse(v.plan_values)),
    })),
  ];
}

export async function reviewGoal(session: Session, input: GoalReviewAdd): Promise<PlanView> {
  const goal = await plansRepo.goal(session.db, input.goalId);
  if (!goal || goal.resident_id !== input.residentId) refuseField('goalId', REHAB_VALIDATION.goalNotInPlan);
  if (!writesGoalDomain(session.user.role, goal.domain as GoalDomain)) refuseField('goalId', REHAB_VALIDATION.goalDomainNotYours);
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await plansRepo.insertReview(trx, {
      id: uuidv7(),
      goal_id: goal.id,
      reviewed_on: input.reviewedOn,
      note: input.note,
      created_at: at,
      created_by: session.user.id,
    });
    await appendAudit(trx, {
      action: 'rehab.goal_reviewed',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: input.residentId,
      at,
      details: { goalId: goal.id },
    });
  });
  return viewPlan(session.db, input.residentId);
}

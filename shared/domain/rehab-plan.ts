import { z } from 'zod';
import { GOAL_DOMAINS, GOAL_STATUSES } from '../enums/rehabilitation';
import { requiredText } from './text-fields';
import { isoDateSchema } from './resident';
import { REHAB_VALIDATION } from '../rehabilitation/validation';

const id = z.string().min(1).max(64);

export const goalInputSchema = z
  .object({
    /** Absent for a new goal. */
    id: id.optional(),
    domain: z.enum(GOAL_DOMAINS),
    description: requiredText(2000),
    targetOn: isoDateSchema.nullable(),
    responsibleId: id.nullable(),
    status: z.enum(GOAL_STATUSES),
    droppedReason: z.string().trim().max(1000).nullable(),
  })
  .strict()
  .superRefine((g, ctx) => {
    if (g.status === 'dropped' && !g.droppedReason)
      ctx.addIssue({ code: 'custom', path: ['droppedReason'], message: REHAB_VALIDATION.droppedReasonRequired });
  });
export type GoalInput = z.output<typeof goalInputSchema>;

/** Saves the whole plan: goals absent from the list are removed (their history stays in the versions). */
export const planSaveSchema = z
  .object({
    residentId: id,
    nextReviewOn: isoDateSchema.nullable(),
    goals: z.array(goalInputSchema).max(60),
    /** The version the form was loaded from: a save over a newer version is refused, nothing lost. */
    baseVersion: z.number().int().min(0),
  })
  .strict();
export type PlanSave = z.output<typeof planSaveSchema>;

/** What a version keeps: the plan's values (never who reviewed what in free text). */
export const planSnapshotSchema = z.object({
  nextReviewOn: z.string().nullable(),
  goals: z.array(
    z.object({
      id: z.string(),
      domain: z.enum(GOAL_DOMAINS),
      description: z.string(),
      targetOn: z.string().nullable(),
      responsibleId: z.string().nullable(),
      status: z.enum(GOAL_STATUSES),
      droppedReason: z.string().nullable(),
    }),
  ),
});
export type PlanSnapshot = z.infer<typeof planSnapshotSchema>;

export const goalReviewSchema = z.object({
  id: z.string(),
  reviewedOn: z.string(),
  note: z.string(),
  byName: z.string().nullable(),
});

export const goalViewSchema = planSnapshotSchema.shape.goals.element.extend({
  responsibleName: z.string().nullable(),
  reviews: z.array(goalReviewSchema),
});
export type GoalView = z.infer<typeof goalViewSchema>;

export const planViewSchema = z.object({
  residentId: z.string(),
  /** 0: no plan saved yet. */
  version: z.number().int(),
  nextReviewOn: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  goals: z.array(goalViewSchema),
});
export type PlanView = z.infer<typeof planViewSchema>;

export const goalReviewAddSchema = z.object({ residentId: id, goalId: id, reviewedOn: isoDateSchema, note: requiredText(2000) }).strict();
export type GoalReviewAdd = z.output<typeof goalReviewAddSchema>;

export const planVersionSchema = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  savedByName: z.string().nullable(),
  values: planSnapshotSchema,
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

import { z } from 'zod';
import {
  AUTHORITY_ROLES,
  CLOSURE_REASONS,
  FAMILY_ASSESSMENTS,
  REINTEGRATION_DESTINATIONS,
  REINTEGRATION_INDICATOR_IDS,
  RETRAFFICKING_RISK_REASONS,
  RETRAFFICKING_RISKS,
  SUPPORT_ITEMS,
  VISIT_MODES,
  VISIT_STATUSES,
  type ReintegrationIndicator,
} from '../enums/reintegration';
import { isoDateSchema, originSchema, pastDateSchema } from './resident';
import { optionalText, requiredText } from './text-fields';
import { pathTokenSchema } from '../contract/dialogs';
import { localeSchema } from './settings';

/** Validation messages (i18n keys under `residentValidation.`), shown next to the field. */
export const REINTEGRATION_VALIDATION = {
  bestInterestsForMinor: 'reintegration.bestInterestsForMinor',
  partnerUnknown: 'reintegration.partnerUnknown',
  notDischarged: 'reintegration.notDischarged',
  alreadyScheduled: 'reintegration.alreadyScheduled',
  visitBeforeDischarge: 'reintegration.visitBeforeDischarge',
  visitNotDue: 'reintegration.visitNotDue',
  scoresRequired: 'reintegration.scoresRequired',
  dueBeforeDischarge: 'reintegration.dueBeforeDischarge',
  alreadyClosed: 'reintegration.alreadyClosed',
  notClosed: 'reintegration.notClosed',
  referralOther: 'reintegration.referralOther',
  followingPartnerAbroad: 'reintegration.followingPartnerAbroad',
} as const;

const id = z.string().min(1).max(64);
const reason = requiredText(500);

export const supportLineSchema = z.object({
  item: z.enum(SUPPORT_ITEMS),
  /** Rwandan francs, whole. */
  amountRwf: z.number().int().min(0).max(100_000_000),
  note: optionalText(200),
});

export const householdContactSchema = z.object({
  name: requiredText(120),
  relationship: requiredText(60),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{6,20}$/, { message: 'phone.format' })
    .optional(),
});

/** The whole plan, replaced at each save (the audit log names the fields that changed). */
export const planSaveSchema = z.object({
  residentId: id,
  destinationType: z.enum(REINTEGRATION_DESTINATIONS),
  /** In Rwanda down to the village (checked by core); elsewhere a country and a place. */
  destination: originSchema,
  /** Abroad: the partner who follows her there. */
  followingPartnerId: id.optional(),
  householdContact: householdContactSchema.optional(),
  authority: z.object({ partnerId: id, role: z.enum(AUTHORITY_ROLES) }).optional(),
  familyAssessment: z.enum(FAMILY_ASSESSMENTS).default('not_done'),
  familyAssessmentNote: optionalText(2000),
  /** For a minor, required: the best-interests determination and when it was made. */
  bestInterests: z.object({ determinedOn: pastDateSchema, note: requiredText(2000) }).optional(),
  support: z
    .array(supportLineSchema)
    .max(SUPPORT_ITEMS.length * 2)
    .default([]),
  risk: z.enum(RETRAFFICKING_RISKS),
  riskReasons: z.array(z.enum(RETRAFFICKING_RISK_REASONS)).max(RETRAFFICKING_RISK_REASONS.length).default([]),
  riskNote: optionalText(1000),
  plannedExitOn: isoDateSchema.optional(),
  /** In her own words. */
  wishes: optionalText(2000),
});
export type PlanSave = z.output<typeof planSaveSchema>;

export const planViewSchema = planSaveSchema
  .omit({ householdContact: true, familyAssessment: true, support: true, riskReasons: true })
  .extend({
    id: z.string(),
    householdContact: householdContactSchema.nullable(),
    /** True when the viewer may not see the household contact (a counsellor): it is withheld, not absent. */
    contactWithheld: z.boolean(),
    familyAssessment: z.enum(FAMILY_ASSESSMENTS),
    support: z.array(supportLineSchema),
    supportTotalRwf: z.number().int(),
    riskReasons: z.array(z.enum(RETRAFFICKING_RISK_REASONS)),
    followingPartnerName: z.string().nullable(),
    authorityName: z.string().nullable(),
    updatedAt: z.string(),
  });
export type PlanView = z.infer<typeof planViewSchema>;

const rating = z.number().int().min(1).max(5);
export const ratingsSchema = z.object(
  Object.fromEntries(REINTEGRATION_INDICATOR_IDS.map((k) => [k, rating])) as Record<ReintegrationIndicator, typeof rating>,
);

/** Follow-ups at the configured months from the discharge date (or from `from`). */
export const scheduleStartSchema = z.object({ residentId: id });

export const rescheduleSchema = z.object({ visitId: id, dueOn: isoDateSchema, reason });

export const visitRecordSchema = z
  .object({
    visitId: id,
    visitedOn: pastDateSchema,
    mode: z.enum(VISIT_MODES),
    visitors: requiredText(200),
    reached: z.boolean(),
    findings: optionalText(4000),
    /** Every indicator, when she was reached; none otherwise. */
    ratings: ratingsSchema.optional(),
    newRisks: optionalText(2000),
    actionsAgreed: optionalText(2000),
    referralOutId: id.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.reached && !v.ratings) ctx.addIssue({ code: 'custom', path: ['ratings'], message: REINTEGRATION_VALIDATION.scoresRequired });
  });
export type VisitRecord = z.output<typeof visitRecordSchema>;

export const closeSchema = z.object({
  residentId: id,
  closedOn: pastDateSchema,
  reason: z.enum(CLOSURE_REASONS),
  note: optionalText(1000),
});
export type CaseClose = z.output<typeof closeSchema>;
export const reopenSchema = z.object({ residentId: id, reason });

const scores = z.object({ economic: z.number(), social: z.number(), psychosocial: z.number(), composite: z.number() });

export const visitViewSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  /** Months after discharge it stands for; null for an extra visit. */
  month: z.number().int().nullable(),
  dueOn: z.string(),
  status: z.enum(VISIT_STATUSES),
  rescheduled: z.array(z.object({ from: z.string(), to: z.string(), reason: z.string(), at: z.string() })),
  visitedOn: z.string().nullable(),
  mode: z.enum(VISIT_MODES).nullable(),
  visitors: z.string().nullable(),
  reached: z.boolean().nullable(),
  findings: z.string().nullable(),
  ratings: ratingsSchema.nullable(),
  scores: scores.nullable(),
  newRisks: z.string().nullable(),
  actionsAgreed: z.string().nullable(),
  referralOutId: z.string().nullable(),
  /** Why a due visit will not be made (withdrawn consent, closure, readmission). */
  cancelledBecause: z.string().nullable(),
});
export type VisitView = z.infer<typeof visitViewSchema>;

export const closureViewSchema = z.object({
  closedOn: z.string(),
  reason: z.enum(CLOSURE_REASONS),
  note: z.string().nullable(),
  closedByName: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
});

/** The Reintegration tab: plan, the follow-up year, closures (newest first) and whether the case is closed now. */
export const reintegrationViewSchema = z.object({
  residentId: z.string(),
  plan: planViewSchema.nullable(),
  dischargedOn: z.string().nullable(),
  visits: z.array(visitViewSchema),
  closed: z.boolean(),
  closures: z.array(closureViewSchema),
  attention: z.array(z.enum(['falling', 'not_reached_twice'])),
  followUpConsent: z.boolean(),
});
export type ReintegrationView = z.infer<typeof reintegrationViewSchema>;

/** One line of My visits or the attention list: enough to find her, never trafficking details. */
export const myVisitSchema = z.object({
  visitId: z.string(),
  residentId: z.string(),
  code: z.string(),
  displayName: z.string(),
  dueOn: z.string(),
  month: z.number().int().nullable(),
  village: z.string().nullable(),
  district: z.string().nullable(),
});
export const attentionItemSchema = z.object({
  residentId: z.string(),
  code: z.string(),
  displayName: z.string(),
  reasons: z.array(z.enum(['falling', 'not_reached_twice'])),
  lastComposite: z.number().nullable(),
});
/** Where the next page of a visits section starts: after this visit (by due date, then id). */
export const visitCursorSchema = z.object({ dueOn: isoDateSchema, visitId: id }).strict();
/** Where the next page of the attention list starts: after this person (latest visit first, then id). */
export const attentionCursorSchema = z.object({ lastVisitedOn: isoDateSchema, residentId: id }).strict();
export const visitPageSchema = z.object({ items: z.array(myVisitSchema), next: visitCursorSchema.nullable() });
export const attentionPageSchema = z.object({ items: z.array(attentionItemSchema), next: attentionCursorSchema.nullable() });
/** A section of My visits: its exact total and its first page ("show more" asks for the next). */
const visitSectionSchema = visitPageSchema.extend({ total: z.number().int() });
const attentionSectionSchema = attentionPageSchema.extend({ total: z.number().int() });
export const myVisitsSchema = z.object({
  today: z.string(),
  overdue: visitSectionSchema,
  dueThisWeek: visitSectionSchema,
  later: visitSectionSchema,
  attention: attentionSectionSchema,
});
export type MyVisits = z.infer<typeof myVisitsSchema>;
export type MyVisitItem = z.infer<typeof myVisitSchema>;
export type AttentionItem = z.infer<typeof attentionItemSchema>;
export const VISIT_SECTIONS = ['overdue', 'dueThisWeek', 'later'] as const;
export type VisitSection = (typeof VISIT_SECTIONS)[number];
export const visitsMoreSchema = z.object({ section: z.enum(VISIT_SECTIONS), after: visitCursorSchema }).strict();
export const attentionMoreSchema = z.object({ after: attentionCursorSchema }).strict();
export type VisitCursor = z.infer<typeof visitCursorSchema>;
export type AttentionCursor = z.infer<typeof attentionCursorSchema>;
export const visitCountsSchema = z.object({ overdue: z.number().int(), dueThisWeek: z.number().int() });

/** A field sheet for a planned visit, or a referral slip, saved where the person chose. */
export const fieldSheetSaveSchema = z.object({ visitId: id, destinationToken: pathTokenSchema, locale: localeSchema }).strict();
export const referralSlipSaveSchema = z.object({ referralOutId: id, destinationToken: pathTokenSchema, locale: localeSchema }).strict();
export const fieldSheetPrintSchema = fieldSheetSaveSchema.omit({ destinationToken: true });
export const referralSlipPrintSchema = referralSlipSaveSchema.omit({ destinationToken: true });
export const pdfSavedSchema = z.object({ byteSize: z.number().int().nonnegative() });

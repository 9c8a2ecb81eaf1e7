import { z } from 'zod';
import { RISK_LEVELS } from '../enums/care';
import { CONSENT_PURPOSES } from '../enums/consent';
import { AUDIT_ACTIONS } from './audit';

/** Messages are i18n keys under `residentValidation.` (en-care.ts). */
export const CARE_VALIDATION = {
  socialWorkerInvalid: 'care.socialWorkerInvalid',
  counsellorInvalid: 'care.counsellorInvalid',
} as const;

export const ASSIGNABLE_ROLES = ['social_worker', 'counsellor'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export const assignedStaffSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  /**
   * False once the account is disabled or no longer has the role: the file then shows that
   * the assignment needs someone else.
   */
  active: z.boolean(),
});
export type AssignedStaff = z.infer<typeof assignedStaffSchema>;

export const careViewSchema = z.object({
  residentId: z.string(),
  socialWorker: assignedStaffSchema.nullable(),
  counsellor: assignedStaffSchema.nullable(),
  riskLevel: z.enum(RISK_LEVELS),
});
export type CareView = z.infer<typeof careViewSchema>;

const staffId = z.string().min(1).max(64);

/** Only the fields given change; null removes an assignment. */
export const careUpdateSchema = z.object({
  residentId: z.string().min(1).max(64),
  socialWorkerId: staffId.nullable().optional(),
  counsellorId: staffId.nullable().optional(),
  riskLevel: z.enum(RISK_LEVELS).optional(),
});
export type CareUpdate = z.output<typeof careUpdateSchema>;

export const assignableStaffSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.enum(ASSIGNABLE_ROLES),
});
export type AssignableStaff = z.infer<typeof assignableStaffSchema>;

export const historyQuerySchema = z.object({
  residentId: z.string().min(1).max(64),
  limit: z.number().int().min(1).max(200).default(50),
  /** Next page: entries older than this one. */
  beforeSeq: z.number().int().min(1).optional(),
  /** Openings of the file are many; the History tab may leave them out. */
  includeViews: z.boolean().default(true),
});
export type HistoryQuery = z.output<typeof historyQuerySchema>;

/** What part of the file an entry is about, for the History tab's wording and icons. */
export const HISTORY_SECTIONS = ['identity', 'stay', 'bed', 'profile', 'consent', 'care'] as const;
export type HistorySection = (typeof HISTORY_SECTIONS)[number];

export const historyEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  /** Labels: `audit.action.<id>`. */
  action: z.enum(AUDIT_ACTIONS),
  section: z.enum(HISTORY_SECTIONS).nullable(),
  /**
   * Names of the fields that changed; never their values. Labels by section: identity
   * `residentFields.<f>` (origin, referral: `residentHistory.fields.<f>`), profile
   * `trafficking.fields.<f>`, consent `consent.fields.<f>`, care `care.fields.<f>`, stay and
   * bed `residentHistory.fields.<f>`.
   */
  fields: z.array(z.string()),
  /** For consent entries: which purpose. */
  purpose: z.enum(CONSENT_PURPOSES).nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyPageSchema = z.object({
  entries: z.array(historyEntrySchema),
  /** Pass as beforeSeq for the next page; null when there is none. */
  nextBeforeSeq: z.number().int().nullable(),
});
export type HistoryPage = z.infer<typeof historyPageSchema>;

import { z } from 'zod';
import { CONSENT_GIVERS, CONSENT_METHODS, CONSENT_PURPOSES, CONSENT_WARNINGS, GUARDIAN_RELATIONSHIPS } from '../enums/consent';
import { pastDateSchema } from './resident';
import { optionalText, requiredText } from './text-fields';

/** Messages are i18n keys under `residentValidation.` (en-care.ts). */
export const CONSENT_VALIDATION = {
  partnersRequired: 'consent.partnersRequired',
  partnersOnlyForSharing: 'consent.partnersOnlyForSharing',
  witnessRequired: 'consent.witnessRequired',
  guardianNameRequired: 'consent.guardianNameRequired',
  guardianRequiredUnder16: 'consent.guardianRequiredUnder16',
  beforeBirth: 'consent.beforeBirth',
  withdrawalBeforeGiven: 'consent.withdrawalBeforeGiven',
  alreadyWithdrawn: 'consent.alreadyWithdrawn',
} as const;

const name = requiredText(120);

/**
 * One consent as given. Age rules (under 16 only through a guardian) need the resident's
 * record, so core checks them; the shape rules are here so the form shows them first.
 */
export const consentRecordSchema = z
  .object({
    residentId: z.string().min(1).max(64),
    purpose: z.enum(CONSENT_PURPOSES),
    /** Partner organisations the resident agreed to share with; sharing only. */
    partners: z.array(name).max(20).default([]),
    givenOn: pastDateSchema,
    method: z.enum(CONSENT_METHODS),
    witnessName: optionalText(120),
    givenBy: z.enum(CONSENT_GIVERS),
    guardianName: optionalText(120),
    guardianRelationship: z.enum(GUARDIAN_RELATIONSHIPS).optional(),
    notes: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.purpose === 'sharing' && v.partners.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['partners'], message: CONSENT_VALIDATION.partnersRequired });
    }
    if (v.purpose !== 'sharing' && v.partners.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['partners'], message: CONSENT_VALIDATION.partnersOnlyForSharing });
    }
    if (v.method === 'oral_witnessed' && !v.witnessName) {
      ctx.addIssue({ code: 'custom', path: ['witnessName'], message: CONSENT_VALIDATION.witnessRequired });
    }
    if (v.givenBy === 'guardian' && !v.guardianName) {
      ctx.addIssue({ code: 'custom', path: ['guardianName'], message: CONSENT_VALIDATION.guardianNameRequired });
    }
  });
export type ConsentRecord = z.output<typeof consentRecordSchema>;
export type ConsentRecordInput = z.input<typeof consentRecordSchema>;

export const consentWithdrawSchema = z.object({
  consentId: z.string().min(1).max(64),
  withdrawnOn: pastDateSchema,
  reason: optionalText(2000),
});
export type ConsentWithdraw = z.output<typeof consentWithdrawSchema>;

/**
 * Consent fields the audit log and History never show: names of third parties (witness,
 * guardian, partners) and free text. Purpose, method, giver and dates are facts about the
 * consent itself, needed to answer "who allowed what, when", and identify no one.
 */
export const RESTRICTED_CONSENT_FIELDS = ['partners', 'witnessName', 'guardianName', 'notes', 'reason'] as const;

export const consentViewSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  purpose: z.enum(CONSENT_PURPOSES),
  partners: z.array(z.string()),
  givenOn: z.string(),
  method: z.enum(CONSENT_METHODS),
  witnessName: z.string().nullable(),
  givenBy: z.enum(CONSENT_GIVERS),
  guardianName: z.string().nullable(),
  guardianRelationship: z.enum(GUARDIAN_RELATIONSHIPS).nullable(),
  notes: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  /** In force today: given, not withdrawn, and valid for her age (see warnings). */
  active: z.boolean(),
  /** About her age on the consent date, from what the file says now. */
  warnings: z.array(z.enum(CONSENT_WARNINGS)),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});
export type ConsentView = z.infer<typeof consentViewSchema>;

/** What recording a consent returns: the consent and the warnings staff must see now. */
export const consentRecordResultSchema = z.object({
  consent: consentViewSchema,
  warnings: z.array(z.enum(CONSENT_WARNINGS)),
});
export type ConsentRecordResult = z.infer<typeof consentRecordResultSchema>;

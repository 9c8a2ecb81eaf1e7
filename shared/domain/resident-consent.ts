import { z } from 'zod';
import { REFERRAL_OUT_ORGANISATION_TYPES } from '../enums/referral-out';
import { SHARING_CATEGORIES } from '../enums/sharing';
import {
  CONSENT_DECISIONS,
  CONSENT_GIVERS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  CONSENT_WARNINGS,
  GUARDIAN_RELATIONSHIPS,
} from '../enums/consent';
import { pastDateSchema } from './resident';
import { optionalText } from './text-fields';

/** Messages are i18n keys under `residentValidation.` (en-care.ts). */
export const CONSENT_VALIDATION = {
  partnersRequired: 'consent.partnersRequired',
  partnersOnlyForSharing: 'consent.partnersOnlyForSharing',
  categoriesRequired: 'consent.categoriesRequired',
  witnessRequired: 'consent.witnessRequired',
  guardianNameRequired: 'consent.guardianNameRequired',
  guardianRequiredUnder16: 'consent.guardianRequiredUnder16',
  beforeBirth: 'consent.beforeBirth',
  withdrawalBeforeGiven: 'consent.withdrawalBeforeGiven',
  alreadyWithdrawn: 'consent.alreadyWithdrawn',
  refusalNamesNoPartner: 'consent.refusalNamesNoPartner',
  refusalNotWithdrawn: 'consent.refusalNotWithdrawn',
} as const;

/**
 * One consent as given. Age rules (under 16 only through a guardian) need the resident's
 * record, so core checks them; the shape rules are here so the form shows them first.
 */
export const consentRecordSchema = z
  .object({
    residentId: z.string().min(1).max(64),
    purpose: z.enum(CONSENT_PURPOSES),
    /** She may refuse a purpose as a whole; the record says so and the gates treat it as no consent. */
    decision: z.enum(CONSENT_DECISIONS).default('given'),
    /** Partners from the directory the resident agreed to share with; sharing only. */
    partnerIds: z.array(z.string().min(1).max(64)).max(20).default([]),
    /** Or every partner of a type (any health centre); sharing only. */
    partnerTypes: z.array(z.enum(REFERRAL_OUT_ORGANISATION_TYPES)).max(10).default([]),
    /** The parts of her file that may be shared; sharing only. */
    categories: z.array(z.enum(SHARING_CATEGORIES)).max(SHARING_CATEGORIES.length).default([]),
    givenOn: pastDateSchema,
    method: z.enum(CONSENT_METHODS),
    witnessName: optionalText(120),
    givenBy: z.enum(CONSENT_GIVERS),
    guardianName: optionalText(120),
    guardianRelationship: z.enum(GUARDIAN_RELATIONSHIPS).optional(),
    notes: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    const targets = v.partnerIds.length + v.partnerTypes.length;
    if (v.decision === 'refused') {
      if (targets > 0 || v.categories.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['partnerIds'], message: CONSENT_VALIDATION.refusalNamesNoPartner });
      }
    } else if (v.purpose === 'sharing' && targets === 0) {
      ctx.addIssue({ code: 'custom', path: ['partnerIds'], message: CONSENT_VALIDATION.partnersRequired });
    }
    if (v.decision === 'given' && v.purpose === 'sharing' && v.categories.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['categories'], message: CONSENT_VALIDATION.categoriesRequired });
    }
    if (v.purpose !== 'sharing' && (targets > 0 || v.categories.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['partnerIds'], message: CONSENT_VALIDATION.partnersOnlyForSharing });
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

/** One partner, or every partner of a type; a name typed before the directory is kept until matched. */
export const consentTargetSchema = z.object({
  partnerId: z.string().nullable(),
  partnerName: z.string().nullable(),
  partnerType: z.enum(REFERRAL_OUT_ORGANISATION_TYPES).nullable(),
  writtenName: z.string().nullable(),
});
export type ConsentTarget = z.infer<typeof consentTargetSchema>;

export const consentViewSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  purpose: z.enum(CONSENT_PURPOSES),
  decision: z.enum(CONSENT_DECISIONS),
  /** Whom she agreed to share with, as names for reading (directory names, types, names as first typed). */
  partners: z.array(z.string()),
  targets: z.array(consentTargetSchema),
  categories: z.array(z.enum(SHARING_CATEGORIES)),
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

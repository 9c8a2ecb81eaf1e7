import { z } from 'zod';
import { REFERRAL_OUT_ORGANISATION_TYPES, REFERRAL_OUT_STATUSES } from '../enums/referral-out';
import { CONSENT_OVERRIDE_REASONS, SHARING_CATEGORIES } from '../enums/sharing';
import { pastDateSchema } from './resident';
import { clearableText, optionalText, requiredText } from './text-fields';

/** Validation messages (i18n keys under `referralsOut.validation.`). */
export const REFERRAL_OUT_VALIDATION = {
  statusBeforeReferral: 'referralOut.statusBeforeReferral',
  statusBeforePrevious: 'referralOut.statusBeforePrevious',
  nothingToChange: 'referralOut.nothingToChange',
} as const;

const id = z.string().min(1).max(64);

/**
 * Sending without consent: only for a legal obligation or a threat to life, by a manager or
 * the resident's assigned social worker; audited and shown on the referral.
 */
export const consentOverrideSchema = z.object({
  reason: z.enum(CONSENT_OVERRIDE_REASONS),
  note: requiredText(1000),
});
export type ConsentOverride = z.output<typeof consentOverrideSchema>;

const sharedCategories = z.array(z.enum(SHARING_CATEGORIES)).min(1).max(SHARING_CATEGORIES.length);

/** A referral to a partner from the directory, carrying the parts of the file it shares. */
export const referralOutCreateSchema = z.object({
  residentId: id,
  partnerId: id,
  categories: sharedCategories,
  override: consentOverrideSchema.optional(),
  reason: optionalText(1000),
  referredOn: pastDateSchema,
  status: z.enum(REFERRAL_OUT_STATUSES).default('planned'),
  notes: optionalText(2000),
});
export type ReferralOutCreate = z.output<typeof referralOutCreateSchema>;

/**
 * A status change (kept as history: each one is a new line, the old ones stay) and/or
 * corrected details. `statusOn` defaults to today where the shelter is.
 */
export const referralOutUpdateSchema = z.object({
  id,
  status: z.enum(REFERRAL_OUT_STATUSES).optional(),
  statusOn: pastDateSchema.optional(),
  statusNote: optionalText(500),
  /** Needed to send without a consent in force. */
  override: consentOverrideSchema.optional(),
  /** Left out: unchanged; empty: cleared (stored as null). */
  reason: clearableText(1000),
  notes: clearableText(2000),
});
export type ReferralOutUpdate = z.output<typeof referralOutUpdateSchema>;

export const referralOutStatusEntrySchema = z.object({
  status: z.enum(REFERRAL_OUT_STATUSES),
  statusOn: z.string(),
  note: z.string().nullable(),
  at: z.string(),
  byName: z.string().nullable(),
});
export type ReferralOutStatusEntry = z.infer<typeof referralOutStatusEntrySchema>;

export const referralOutSchema = z.object({
  id: z.string(),
  residentId: z.string(),
  organisationType: z.enum(REFERRAL_OUT_ORGANISATION_TYPES),
  organisationName: z.string().nullable(),
  /** Null for referrals made before the directory. */
  partnerId: z.string().nullable(),
  categories: z.array(z.enum(SHARING_CATEGORIES)),
  override: z.object({ reason: z.enum(CONSENT_OVERRIDE_REASONS), note: z.string().nullable(), byName: z.string().nullable() }).nullable(),
  /**
   * For a referral still open: whether a consent in force today covers its partner and
   * categories (`consented`), an override stands in for it, or nothing does (`missing`:
   * withdrawn, expired, or never given). Null once closed.
   */
  consent: z.enum(['consented', 'override', 'missing']).nullable(),
  reason: z.string().nullable(),
  referredOn: z.string(),
  status: z.enum(REFERRAL_OUT_STATUSES),
  statusOn: z.string(),
  notes: z.string().nullable(),
  /** Oldest first; the last entry is the current status. */
  history: z.array(referralOutStatusEntrySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReferralOut = z.infer<typeof referralOutSchema>;

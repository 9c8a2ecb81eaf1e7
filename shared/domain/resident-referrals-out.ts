import { z } from 'zod';
import { REFERRAL_OUT_ORGANISATION_TYPES, REFERRAL_OUT_STATUSES } from '../enums/referral-out';
import { pastDateSchema } from './resident';
import { optionalText } from './text-fields';

/** Validation messages (i18n keys under `referralsOut.validation.`). */
export const REFERRAL_OUT_VALIDATION = {
  statusBeforeReferral: 'referralOut.statusBeforeReferral',
  statusBeforePrevious: 'referralOut.statusBeforePrevious',
  nothingToChange: 'referralOut.nothingToChange',
} as const;

const id = z.string().min(1).max(64);

export const referralOutCreateSchema = z.object({
  residentId: id,
  organisationType: z.enum(REFERRAL_OUT_ORGANISATION_TYPES),
  organisationName: optionalText(120),
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
  organisationName: optionalText(120),
  reason: optionalText(1000),
  notes: optionalText(2000),
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

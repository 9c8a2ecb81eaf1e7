import { z } from 'zod';
import { REFERRAL_OUT_ORGANISATION_TYPES } from '../enums/referral-out';
import { phoneSchema } from './resident';
import { optionalText, requiredText } from './text-fields';

const id = z.string().min(1).max(64);

/** An organisation the shelter works with; a manager keeps the directory. */
export const partnerSchema = z.object({
  id: z.string(),
  type: z.enum(REFERRAL_OUT_ORGANISATION_TYPES),
  name: z.string(),
  district: z.string().nullable(),
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  /** Removed from the directory: no new referral or consent may name it; old records keep it. */
  removed: z.boolean(),
});
export type Partner = z.infer<typeof partnerSchema>;

/** Adds a partner (no id) or replaces one's details. */
export const partnerSaveSchema = z.object({
  id: id.optional(),
  type: z.enum(REFERRAL_OUT_ORGANISATION_TYPES),
  name: requiredText(120),
  district: optionalText(60),
  contactPerson: optionalText(120),
  phone: phoneSchema.optional().or(z.literal('').transform(() => undefined)),
});
export type PartnerSave = z.output<typeof partnerSaveSchema>;

export const partnerListSchema = z.object({ includeRemoved: z.boolean().default(false) }).strict();

/** A partner name typed on a consent before the directory existed that matches no partner. */
export const unresolvedTargetSchema = z.object({
  targetId: z.string(),
  consentId: z.string(),
  residentId: z.string(),
  residentCode: z.string(),
  writtenName: z.string(),
});
export type UnresolvedTarget = z.infer<typeof unresolvedTargetSchema>;

export const resolveTargetSchema = z.object({ targetId: id, partnerId: id }).strict();

/** A directory partner's name and type for a picker: no contact person, no phone. */
export const partnerNameSchema = z.object({ id: z.string(), name: z.string(), type: z.enum(REFERRAL_OUT_ORGANISATION_TYPES) });
export type PartnerName = z.infer<typeof partnerNameSchema>;

import { z } from 'zod';
import { DISCHARGE_DESTINATIONS } from '../enums/resident';
import { pastDateSchema, referralInSchema, residentListItemSchema } from './resident';
import { optionalText } from './text-fields';

/** Validation messages (i18n keys under `residentValidation.`). */
export const STAY_VALIDATION = {
  notOpen: 'stay.notOpen',
  alreadyOpen: 'stay.alreadyOpen',
  dischargeBeforeAdmission: 'stay.dischargeBeforeAdmission',
  readmitBeforeDischarge: 'stay.readmitBeforeDischarge',
} as const;

export const dischargeSchema = z.object({
  residentId: z.string().min(1).max(64),
  dischargedOn: pastDateSchema,
  destination: z.enum(DISCHARGE_DESTINATIONS),
  reason: optionalText(1000),
});
export type Discharge = z.output<typeof dischargeSchema>;

/** A new stay for someone discharged before; identity, history and code are kept. */
export const readmissionSchema = z.object({
  residentId: z.string().min(1).max(64),
  admittedOn: pastDateSchema,
  referral: referralInSchema.optional(),
  bedId: z.string().min(1).max(64).optional(),
});
export type Readmission = z.output<typeof readmissionSchema>;

/** A resident whose stay is near or past the limit (Ministerial Order 13/2021; a setting). */
export const stayLimitEntrySchema = z.object({
  resident: residentListItemSchema,
  stayId: z.string(),
  admittedOn: z.string(),
  daysInShelter: z.number().int(),
  limitDays: z.number().int(),
  overLimit: z.boolean(),
});
export type StayLimitEntry = z.infer<typeof stayLimitEntrySchema>;

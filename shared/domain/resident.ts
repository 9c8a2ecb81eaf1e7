import { z } from 'zod';
import {
  DISCHARGE_DESTINATIONS,
  EDUCATION_LEVELS,
  GENDER_IDENTITIES,
  ID_DOCUMENT_TYPES,
  LANGUAGES,
  MARITAL_STATUSES,
  REFERRAL_SOURCE_TYPES,
  RESIDENT_STATUSES,
  SEXES,
} from '../enums/resident';
import { isCountryCode } from '../enums/countries';
import { AGE_BANDS, RISK_LEVELS } from '../enums/care';
import { optionalText, requiredText } from './text-fields';

/**
 * Validation messages are i18n keys under `residentValidation.` so a form and core's
 * refusal show the same sentence.
 */
export const RESIDENT_VALIDATION = {
  nameRequired: 'resident.nameRequired',
  dateFormat: 'date.format',
  dateInFuture: 'date.inFuture',
  birthImplausible: 'date.birthImplausible',
  birthAfterAdmission: 'date.birthAfterAdmission',
  referralAfterAdmission: 'date.referralAfterAdmission',
  countryUnknown: 'country.unknown',
  placeOutsideRwanda: 'origin.rwandaOnly',
  placeUnknown: 'origin.placeUnknown',
} as const;

/** Oldest plausible age of a resident, and the earliest date any record may carry. */
export const MAX_AGE_YEARS = 110;

/**
 * Today as YYYY-MM-DD in the most advanced time zone (UTC+14), so a date that is
 * "today" for the user anywhere is never refused as future because of the clock's zone.
 */
export function latestTodayIso(now = Date.now()): string {
  return new Date(now + 14 * 3_600_000).toISOString().slice(0, 10);
}

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: RESIDENT_VALIDATION.dateFormat })
  .refine(isRealDate, { message: RESIDENT_VALIDATION.dateFormat });

/** A date that has already happened (admission, referral, birth). */
export const pastDateSchema = isoDateSchema.refine((s) => s <= latestTodayIso(), { message: RESIDENT_VALIDATION.dateInFuture });

/** Whole years between two ISO dates (birthdays counted exactly). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

export const countryCodeSchema = z.string().trim().toUpperCase().refine(isCountryCode, { message: RESIDENT_VALIDATION.countryUnknown });

export const phoneSchema = z
  .string()
  .trim()
  .max(32)
  .regex(/^\+?[0-9 ()./-]{6,}$/, { message: 'phone.format' });

export const idDocumentSchema = z.object({
  type: z.enum(ID_DOCUMENT_TYPES),
  number: requiredText(40),
});

/**
 * Identity as known at the time; every field but a name (or alias) may stay empty for days.
 * Age is either an exact date of birth or an estimate in years "as of" admission.
 */
export const residentIdentitySchema = z
  .object({
    givenNames: optionalText(80),
    familyName: optionalText(80),
    otherNames: z.array(requiredText(80)).max(10).default([]),
    sex: z.enum(SEXES).optional(),
    genderIdentity: z.enum(GENDER_IDENTITIES).optional(),
    dateOfBirth: pastDateSchema.optional(),
    estimatedAgeYears: z.number().int().min(0).max(MAX_AGE_YEARS).optional(),
    nationalities: z.array(countryCodeSchema).max(4).default([]),
    languages: z.array(z.enum(LANGUAGES)).max(12).default([]),
    phone: phoneSchema.optional(),
    idDocument: idDocumentSchema.optional(),
    maritalStatus: z.enum(MARITAL_STATUSES).optional(),
    educationLevel: z.enum(EDUCATION_LEVELS).optional(),
    numberOfChildren: z.number().int().min(0).max(30).optional(),
    healthNotes: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    if (!v.givenNames && !v.familyName && v.otherNames.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['givenNames'], message: RESIDENT_VALIDATION.nameRequired });
    }
    if (v.dateOfBirth && ageOn(v.dateOfBirth, latestTodayIso()) > MAX_AGE_YEARS) {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: RESIDENT_VALIDATION.birthImplausible });
    }
  });
export type ResidentIdentity = z.output<typeof residentIdentitySchema>;
export type ResidentIdentityInput = z.input<typeof residentIdentitySchema>;

/** Fields whose values never appear in the audit log, exports of the log, or error text. */
export const RESTRICTED_IDENTITY_FIELDS = ['healthNotes', 'idDocument', 'phone', 'dateOfBirth'] as const;

/**
 * Origin: in Rwanda the administrative path (names as in the npm `rwanda` data, checked by
 * core), elsewhere a country and free text.
 */
export const originSchema = z
  .object({
    country: countryCodeSchema,
    province: optionalText(60),
    district: optionalText(60),
    sector: optionalText(60),
    cell: optionalText(60),
    village: optionalText(60),
    place: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.country === 'RW') return;
    for (const key of ['province', 'district', 'sector', 'cell', 'village'] as const) {
      if (v[key]) ctx.addIssue({ code: 'custom', path: [key], message: RESIDENT_VALIDATION.placeOutsideRwanda });
    }
  });
export type Origin = z.output<typeof originSchema>;

export const referralInSchema = z.object({
  sourceType: z.enum(REFERRAL_SOURCE_TYPES),
  organisationName: optionalText(160),
  referringOfficer: optionalText(120),
  referredOn: pastDateSchema.optional(),
  caseReference: optionalText(60),
});
export type ReferralIn = z.output<typeof referralInSchema>;

/** Everything the admission wizard sends; only a name (or alias) and the admission date are required. */
export const admissionSchema = z
  .object({
    identity: residentIdentitySchema,
    origin: originSchema.optional(),
    referral: referralInSchema.optional(),
    admittedOn: pastDateSchema,
    /** A bed from the board, taken from the admission date. */
    bedId: z.string().min(1).max(64).optional(),
    /**
     * The responsible social worker. Left out when a social worker admits, it is she, so
     * nobody is locked out of a file she just created; null leaves the file unassigned.
     */
    socialWorkerId: z.string().min(1).max(64).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    const dob = v.identity.dateOfBirth;
    if (dob && dob > v.admittedOn) {
      ctx.addIssue({ code: 'custom', path: ['identity', 'dateOfBirth'], message: RESIDENT_VALIDATION.birthAfterAdmission });
    }
  });
export type Admission = z.output<typeof admissionSchema>;
export type AdmissionInput = z.input<typeof admissionSchema>;

export const residentStatusSchema = z.enum(RESIDENT_STATUSES);

export const stayViewSchema = z.object({
  id: z.string(),
  admittedOn: z.string(),
  dischargedOn: z.string().nullable(),
  dischargeDestination: z.enum(DISCHARGE_DESTINATIONS).nullable(),
  dischargeReason: z.string().nullable(),
});

/** One bed a resident slept in (rooms and beds: shared/domain/resident-beds.ts). */
export const bedHistoryEntrySchema = z.object({
  bedId: z.string(),
  roomName: z.string(),
  bedLabel: z.string(),
  from: z.string(),
  to: z.string().nullable(),
});
export type BedHistoryEntry = z.infer<typeof bedHistoryEntrySchema>;

/** Referral details added or corrected after admission, for one stay (often learnt days later). */
export const referralInSaveSchema = z.object({
  residentId: z.string().min(1).max(64),
  stayId: z.string().min(1).max(64),
  referral: referralInSchema,
});
export type ReferralInSave = z.output<typeof referralInSaveSchema>;

export const referralInViewSchema = referralInSchema.extend({ id: z.string(), stayId: z.string() });

/** The resident file as core returns it (Identity, Referral & admission tabs). */
export const residentFileSchema = z.object({
  id: z.string(),
  code: z.string(),
  status: residentStatusSchema,
  displayName: z.string(),
  identity: residentIdentitySchema,
  ageYears: z.number().int().nullable(),
  ageIsEstimate: z.boolean(),
  origin: originSchema.nullable(),
  admittedOn: z.string(),
  stays: z.array(stayViewSchema),
  referrals: z.array(referralInViewSchema),
  /** Beds over every stay, newest first; the current one has no end date. */
  beds: z.array(bedHistoryEntrySchema),
  /** Identity fields still empty, for the "still missing" panel. */
  missing: z.array(z.string()),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type ResidentFile = z.infer<typeof residentFileSchema>;

/** One row of the residents list. */
export const residentListItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  status: residentStatusSchema,
  displayName: z.string(),
  /** The name as lists write and sort it, family name first (shared/domain/resident-names.ts). */
  listName: z.string(),
  otherNames: z.array(z.string()),
  sex: z.enum(SEXES).nullable(),
  ageYears: z.number().int().nullable(),
  phone: z.string().nullable(),
  admittedOn: z.string(),
  /** The age is carried forward from an estimate, not a date of birth. */
  ageIsEstimate: z.boolean().optional(),
  /** Today's room and bed; the residents list fills these, other lists may leave them out. */
  roomName: z.string().nullable().optional(),
  bedLabel: z.string().nullable().optional(),
  /**
   * Not hers (need-to-know): only code, first name, status and room are filled; names,
   * age, phone and admission date are blank. Opening the file means breaking the glass.
   */
  restricted: z.boolean().optional(),
});
export type ResidentListItem = z.infer<typeof residentListItemSchema>;

/** The list's orders; `age` puts the youngest first when ascending, unknown ages last. */
export const RESIDENT_SORTS = ['relevance', 'name', 'code', 'admittedOn', 'age'] as const;
export type ResidentSort = (typeof RESIDENT_SORTS)[number];

/** Filters of the residents list; all given must hold. */
export const residentSearchSchema = z.object({
  query: z.string().trim().max(100).default(''),
  status: residentStatusSchema.optional(),
  /** In a bed of this room today. */
  roomId: z.string().min(1).max(64).optional(),
  /** Age today, exact or estimated; `unknown` is neither known. */
  ageBand: z.enum(AGE_BANDS).optional(),
  riskLevel: z.enum(RISK_LEVELS).optional(),
  /** Assigned as social worker or as counsellor. */
  staffId: z.string().min(1).max(64).optional(),
  /** relevance applies to a query; without one the list falls back to name order. */
  sort: z.enum(RESIDENT_SORTS).default('relevance'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type ResidentSearch = z.output<typeof residentSearchSchema>;

export const residentSearchResultSchema = z.object({
  total: z.number().int(),
  items: z.array(residentListItemSchema),
  /** True when nothing matched as typed and these are near spellings instead. */
  fuzzy: z.boolean(),
});
export type ResidentSearchResult = z.infer<typeof residentSearchResultSchema>;

export const DUPLICATE_REASONS = ['similar_name_and_age', 'similar_name', 'same_phone', 'same_id_number'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** What the admission wizard knows so far, checked against existing residents. */
export const duplicateProbeSchema = z.object({
  givenNames: optionalText(80),
  familyName: optionalText(80),
  otherNames: z.array(requiredText(80)).max(10).default([]),
  dateOfBirth: isoDateSchema.optional(),
  estimatedAgeYears: z.number().int().min(0).max(MAX_AGE_YEARS).optional(),
  phone: z.string().trim().max(32).optional(),
  idNumber: z.string().trim().max(40).optional(),
  /** Leave out the resident being edited. */
  excludeId: z.string().max(64).optional(),
});
export type DuplicateProbe = z.output<typeof duplicateProbeSchema>;

export const possibleDuplicateSchema = z.object({
  resident: residentListItemSchema,
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
});
export type PossibleDuplicate = z.infer<typeof possibleDuplicateSchema>;

export const residentUpdateSchema = z.object({
  id: z.string().min(1).max(64),
  identity: residentIdentitySchema.optional(),
  /** null clears the origin. */
  origin: originSchema.nullable().optional(),
});
export type ResidentUpdate = z.output<typeof residentUpdateSchema>;

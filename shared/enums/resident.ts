/**
 * Resident identity and referral enumerations. Stored values are these ids; labels live in
 * the i18n catalogues under `residentEnums.<enum>.<id>`, so a translation never changes data.
 */
export const SEXES = ['female', 'male', 'intersex', 'not_recorded'] as const;
export type Sex = (typeof SEXES)[number];

export const GENDER_IDENTITIES = ['woman', 'man', 'non_binary', 'other', 'prefer_not_to_say'] as const;
export type GenderIdentity = (typeof GENDER_IDENTITIES)[number];

export const MARITAL_STATUSES = ['single', 'married', 'cohabiting', 'separated', 'divorced', 'widowed', 'unknown'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

/** Rwanda's cycles: primary (6 years), lower and upper secondary, TVET, higher education. */
export const EDUCATION_LEVELS = [
  'none',
  'primary_incomplete',
  'primary',
  'lower_secondary',
  'upper_secondary',
  'tvet',
  'university',
  'unknown',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const ID_DOCUMENT_TYPES = ['national_id', 'passport', 'refugee_id', 'birth_certificate', 'laissez_passer', 'other'] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];

/** Who referred the person to the shelter (referral in). */
export const REFERRAL_SOURCE_TYPES = [
  'isange_one_stop_centre',
  'health_centre',
  'police_rib',
  'umudugudu_leader',
  'iom',
  'ngo',
  'family',
  'self',
  'other',
] as const;
export type ReferralSourceType = (typeof REFERRAL_SOURCE_TYPES)[number];

/** Where a resident went on leaving the shelter. */
export const DISCHARGE_DESTINATIONS = ['family', 'independent', 'other_shelter', 'hospital', 'absconded', 'transferred', 'other'] as const;
export type DischargeDestination = (typeof DISCHARGE_DESTINATIONS)[number];

export const RESIDENT_STATUSES = ['admitted', 'discharged'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

/**
 * Languages offered first in the picker (ISO 639-1 / 639-3 where there is no 639-1 code).
 * Kinyarwanda, the official languages, and those of the main countries of transit and exploitation.
 */
export const LANGUAGES = ['rw', 'en', 'fr', 'sw', 'lg', 'rn', 'ar', 'am', 'so', 'ln', 'hi', 'zh', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every enumeration with its i18n section name, for completeness tests and pickers. */
export const RESIDENT_ENUMS = {
  sex: SEXES,
  genderIdentity: GENDER_IDENTITIES,
  maritalStatus: MARITAL_STATUSES,
  educationLevel: EDUCATION_LEVELS,
  idDocumentType: ID_DOCUMENT_TYPES,
  referralSourceType: REFERRAL_SOURCE_TYPES,
  residentStatus: RESIDENT_STATUSES,
  dischargeDestination: DISCHARGE_DESTINATIONS,
  language: LANGUAGES,
} as const;

import { z } from 'zod';
import {
  EMPLOYMENT_STATUSES,
  EXPLOITATION_TYPES,
  INTERNAL_MOVEMENTS,
  LABOUR_SECTORS,
  MEANS_OF_CONTROL,
  RECRUITER_RELATIONSHIPS,
  RECRUITMENT_METHODS,
  SEXUAL_EXPLOITATION_TYPES,
  TRAFFICKING_STATUSES,
} from '../enums/trafficking';
import { countryCodeSchema, pastDateSchema } from './resident';
import { optionalText } from './text-fields';

/** Messages are i18n keys under `residentValidation.` (en-care.ts), as for identity. */
export const PROFILE_VALIDATION = {
  exitBeforeRecruitment: 'trafficking.exitBeforeRecruitment',
  labourSectorWithoutLabour: 'trafficking.labourSectorWithoutLabour',
  sexualTypeWithoutSexual: 'trafficking.sexualTypeWithoutSexual',
  internalMovementNeedsRwanda: 'trafficking.internalMovementNeedsRwanda',
  duplicateValue: 'trafficking.duplicateValue',
  beforeBirth: 'trafficking.beforeBirth',
} as const;

/** A multi-select: each value once; empty means not recorded yet. */
const multi = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .default([])
    .refine((xs) => new Set(xs).size === xs.length, { message: PROFILE_VALIDATION.duplicateValue });

/**
 * The trafficking profile, every field optional: it is filled in over weeks as the resident
 * is ready to tell. Values are the finer CTDC-level ids of shared/enums/trafficking.ts.
 */
export const traffickingProfileSchema = z
  .object({
    status: z.enum(TRAFFICKING_STATUSES).optional(),
    exploitationTypes: multi(EXPLOITATION_TYPES),
    labourSectors: multi(LABOUR_SECTORS),
    sexualExploitationTypes: multi(SEXUAL_EXPLOITATION_TYPES),
    meansOfControl: multi(MEANS_OF_CONTROL),
    recruitmentMethods: multi(RECRUITMENT_METHODS),
    recruiterRelationships: multi(RECRUITER_RELATIONSHIPS),
    exploitationCountries: z
      .array(countryCodeSchema)
      .max(20)
      .default([])
      .refine((xs) => new Set(xs).size === xs.length, { message: PROFILE_VALIDATION.duplicateValue }),
    internalMovement: z.enum(INTERNAL_MOVEMENTS).optional(),
    /** Town or area of exploitation, as she names it. */
    exploitationPlace: optionalText(200),
    employmentAtRecruitment: z.enum(EMPLOYMENT_STATUSES).optional(),
    recruitedOn: pastDateSchema.optional(),
    exitedOn: pastDateSchema.optional(),
    /** Her account in her words; restricted (see RESTRICTED_PROFILE_FIELDS). */
    notes: optionalText(8000),
  })
  .superRefine((v, ctx) => {
    if (v.recruitedOn && v.exitedOn && v.exitedOn < v.recruitedOn) {
      ctx.addIssue({ code: 'custom', path: ['exitedOn'], message: PROFILE_VALIDATION.exitBeforeRecruitment });
    }
    if (v.labourSectors.length > 0 && !v.exploitationTypes.includes('forced_labour')) {
      ctx.addIssue({ code: 'custom', path: ['labourSectors'], message: PROFILE_VALIDATION.labourSectorWithoutLabour });
    }
    if (v.sexualExploitationTypes.length > 0 && !v.exploitationTypes.includes('sexual_exploitation')) {
      ctx.addIssue({ code: 'custom', path: ['sexualExploitationTypes'], message: PROFILE_VALIDATION.sexualTypeWithoutSexual });
    }
    if (v.internalMovement && !v.exploitationCountries.includes('RW')) {
      ctx.addIssue({ code: 'custom', path: ['internalMovement'], message: PROFILE_VALIDATION.internalMovementNeedsRwanda });
    }
  });
export type TraffickingProfile = z.output<typeof traffickingProfileSchema>;
export type TraffickingProfileInput = z.input<typeof traffickingProfileSchema>;
export type ProfileField = keyof TraffickingProfile;

/** The multi-selects and the countries: lists, empty until recorded. */
export const PROFILE_LIST_FIELDS = [
  'exploitationTypes',
  'labourSectors',
  'sexualExploitationTypes',
  'meansOfControl',
  'recruitmentMethods',
  'recruiterRelationships',
  'exploitationCountries',
] as const satisfies readonly ProfileField[];
export type ProfileListField = (typeof PROFILE_LIST_FIELDS)[number];

/** Every profile field, in the order the form shows them and History names them. */
export const PROFILE_FIELDS = [
  'status',
  ...PROFILE_LIST_FIELDS,
  'internalMovement',
  'exploitationPlace',
  'employmentAtRecruitment',
  'recruitedOn',
  'exitedOn',
  'notes',
] as const satisfies readonly ProfileField[];

/**
 * Profile fields whose changes the audit log and History name but never show, and which no
 * error text repeats. In practice the log holds only field names for every profile field;
 * this list is what the UI must also keep out of anything printed beyond the file itself
 * (lists, exports): the free account, where she was exploited, the abuse she suffered and
 * who recruited her — each enough, in a small community, to identify her or expose her to
 * stigma or retaliation.
 */
export const RESTRICTED_PROFILE_FIELDS = [
  'notes',
  'exploitationPlace',
  'meansOfControl',
  'sexualExploitationTypes',
  'recruiterRelationships',
] as const satisfies readonly ProfileField[];

export const profileSaveSchema = z.object({
  residentId: z.string().min(1).max(64),
  profile: traffickingProfileSchema,
});
export type ProfileSave = z.output<typeof profileSaveSchema>;

export const profileViewSchema = z.object({
  residentId: z.string(),
  /** null until someone records the first part of it. */
  profile: traffickingProfileSchema.nullable(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type ProfileView = z.infer<typeof profileViewSchema>;

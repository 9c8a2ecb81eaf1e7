import { admissionSchema, type AdmissionInput, type DuplicateProbe } from '../../../../../shared/domain/resident';
import type { FieldErrors } from '../../../forms/field-errors';
import type { TFunction } from '../../../i18n/useT';
import { identityTextInput, optionalTrimmed, type IdentityTextValues } from '../fields/identity-values';
import { PLACE_LEVELS, type OriginValues } from '../fields/origin-values';
import { schemaErrors } from './schema-errors';

/**
 * What the wizard holds while it is being filled: plain strings and lists, so it can be
 * kept as a draft and put back as typed. Empty means "not known yet".
 */
export interface AdmitValues extends Record<string, unknown>, IdentityTextValues, OriginValues {
  otherNames: string;
  admittedOn: string;
  estimatedAgeYears: string;
  numberOfChildren: string;
  sourceType: string;
  organisationName: string;
  referringOfficer: string;
  referredOn: string;
  caseReference: string;
  bedId: string;
}

export const STEPS = ['name', 'identity', 'origin', 'referral', 'bed'] as const;
export type StepName = (typeof STEPS)[number];

export function emptyAdmission(today: string): AdmitValues {
  return {
    givenNames: '',
    familyName: '',
    otherNames: '',
    admittedOn: today,
    sex: '',
    genderIdentity: '',
    dateOfBirth: '',
    estimatedAgeYears: '',
    nationalities: [],
    languages: [],
    phone: '',
    idType: '',
    idNumber: '',
    maritalStatus: '',
    educationLevel: '',
    numberOfChildren: '',
    healthNotes: '',
    country: '',
    province: '',
    district: '',
    sector: '',
    cell: '',
    village: '',
    place: '',
    sourceType: '',
    organisationName: '',
    referringOfficer: '',
    referredOn: '',
    caseReference: '',
    bedId: '',
  };
}

/** Only well-formed fields from a stored draft are put back into the form. */
export function fromDraft(data: Record<string, unknown>, base: AdmitValues): AdmitValues {
  const out: AdmitValues = { ...base };
  for (const key of Object.keys(base) as (keyof AdmitValues & string)[]) {
    const v = data[key];
    if (Array.isArray(base[key])) {
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) (out as Record<string, unknown>)[key] = v.slice(0, 12);
    } else if (typeof v === 'string') (out as Record<string, unknown>)[key] = v.slice(0, 4000);
  }
  return out;
}

const blank = (s: string) => s.trim() === '';
const opt = optionalTrimmed;
/** A number field left as typed: blank is absent, anything else is sent for the schema to judge. */
const optNumber = (s: string): number | undefined => (blank(s) ? undefined : Number(s.trim()));

export function splitNames(s: string): string[] {
  return s
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

/** The admission as core's schema reads it; enumerations are checked by the schema, not here. */
export function toAdmission(v: AdmitValues): AdmissionInput {
  const referralGiven = [v.sourceType, v.organisationName, v.referringOfficer, v.referredOn, v.caseReference].some((s) => !blank(s));
  const rwanda = v.country === 'RW';
  return {
    identity: {
      ...identityTextInput(v),
      otherNames: splitNames(v.otherNames),
      estimatedAgeYears: optNumber(v.estimatedAgeYears),
      numberOfChildren: optNumber(v.numberOfChildren),
    },
    origin: blank(v.country)
      ? undefined
      : {
          country: v.country,
          ...(rwanda ? Object.fromEntries(PLACE_LEVELS.map((l) => [l, opt(v[l])])) : { place: opt(v.place) }),
        },
    referral: referralGiven
      ? {
          sourceType: opt(v.sourceType) as never,
          organisationName: opt(v.organisationName),
          referringOfficer: opt(v.referringOfficer),
          referredOn: opt(v.referredOn),
          caseReference: opt(v.caseReference),
        }
      : undefined,
    admittedOn: v.admittedOn.trim(),
    bedId: opt(v.bedId),
  };
}

/** Which step shows a field, by core's path, so a refusal opens the step where it can be fixed. */
export function stepOfPath(path: string): StepName {
  if (path.startsWith('origin')) return 'origin';
  if (path.startsWith('referral')) return 'referral';
  if (path === 'bedId') return 'bed';
  if (path === 'admittedOn' || /^identity\.(givenNames|familyName|otherNames)/.test(path)) return 'name';
  return 'identity';
}

/** Every problem in the whole admission, keyed by core's paths. */
export function validateAdmission(t: TFunction, v: AdmitValues): FieldErrors {
  return schemaErrors(t, admissionSchema, toAdmission(v));
}

/** Problems on the steps up to and including `step`: later steps are not judged before they are seen. */
export function validateUpTo(t: TFunction, v: AdmitValues, step: StepName): FieldErrors {
  const upTo = STEPS.indexOf(step);
  return Object.fromEntries(Object.entries(validateAdmission(t, v)).filter(([path]) => STEPS.indexOf(stepOfPath(path)) <= upTo));
}

/** The first step holding one of these problems, if any. */
export function firstStepWithError(errors: FieldErrors): StepName | null {
  const steps = Object.keys(errors).map((p) => STEPS.indexOf(stepOfPath(p)));
  return steps.length ? STEPS[Math.min(...steps)]! : null;
}

/** What the duplicate check needs; null when there is nothing worth comparing yet. */
export function toProbe(v: AdmitValues): DuplicateProbe | null {
  const probe = {
    givenNames: opt(v.givenNames),
    familyName: opt(v.familyName),
    otherNames: splitNames(v.otherNames).slice(0, 10),
    dateOfBirth: /^\d{4}-\d{2}-\d{2}$/.test(v.dateOfBirth) ? v.dateOfBirth : undefined,
    estimatedAgeYears: /^\d{1,3}$/.test(v.estimatedAgeYears.trim()) ? Math.min(Number(v.estimatedAgeYears), 110) : undefined,
    phone: opt(v.phone)?.slice(0, 32),
    idNumber: opt(v.idNumber)?.slice(0, 40),
  };
  const anything = probe.givenNames || probe.familyName || probe.otherNames.length > 0 || probe.phone || probe.idNumber;
  return anything ? probe : null;
}

/** Identity parts still empty, shown on the last step as "still missing" (the file shows core's own list after saving). */
export function missingParts(v: AdmitValues): string[] {
  const out: string[] = [];
  if (blank(v.givenNames)) out.push('givenNames');
  if (blank(v.familyName)) out.push('familyName');
  if (blank(v.sex)) out.push('sex');
  if (blank(v.dateOfBirth) && blank(v.estimatedAgeYears)) out.push('age');
  if (v.nationalities.length === 0) out.push('nationalities');
  if (v.languages.length === 0) out.push('languages');
  if (blank(v.phone)) out.push('phone');
  if (blank(v.idNumber)) out.push('idDocument');
  if (blank(v.maritalStatus)) out.push('maritalStatus');
  if (blank(v.educationLevel)) out.push('educationLevel');
  if (blank(v.numberOfChildren)) out.push('numberOfChildren');
  if (blank(v.country)) out.push('origin');
  if (blank(v.sourceType)) out.push('referral');
  if (blank(v.bedId)) out.push('bed');
  return out;
}

const REFERRAL_FIELDS = new Set(['sourceType', 'organisationName', 'referringOfficer', 'referredOn', 'caseReference']);
const ORIGIN_FIELDS = new Set(['country', 'province', 'district', 'sector', 'cell', 'village', 'place']);

/** Core's path for a wizard field, where its messages are kept. */
export function pathOf(key: keyof AdmitValues & string): string {
  if (key === 'admittedOn' || key === 'bedId') return key;
  if (key === 'idType') return 'identity.idDocument.type';
  if (key === 'idNumber') return 'identity.idDocument.number';
  if (REFERRAL_FIELDS.has(key)) return `referral.${key}`;
  if (ORIGIN_FIELDS.has(key)) return `origin.${key}`;
  return `identity.${key}`;
}

/** The messages left once these fields (and any part of them) have been edited. */
export function withoutErrorsFor(errors: FieldErrors, paths: string[]): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([k]) => !paths.some((p) => k === p || k.startsWith(`${p}.`))));
}

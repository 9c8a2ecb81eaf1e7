import type { Insertable } from 'kysely';
import { familyFirstName, givenFirstName } from '../../../shared/domain/resident-names';
import { AppError } from '../../../shared/errors';
import { todayIn } from '../../../shared/i18n/format';
import { ageOn, type Origin, type ReferralIn, type ResidentIdentity, type ResidentListItem } from '../../../shared/domain/resident';
import { foldText, nameTokens, normaliseIdNumber, normalisePhone } from '../../../shared/domain/resident-search';
import type { ReferralsInTable, ResidentsTable } from '../db/schema';
import type { ResidentListRow, ResidentRow } from '../repositories/residents';

/** Today's date where the shelter is; sequences and ages follow the calendar, not UTC. */
export function todayIso(timeZone = 'Africa/Kigali', now = Date.now()): string {
  return todayIn(timeZone, now);
}

/** Converts between the domain shapes of shared/domain/resident.ts and table rows. */

type IdentityColumns = Omit<
  Insertable<ResidentsTable>,
  | 'row_num'
  | 'id'
  | 'code'
  | 'code_site'
  | 'code_year'
  | 'code_seq'
  | 'status'
  | 'admitted_on'
  | 'search_text'
  | 'created_at'
  | 'created_by'
  | 'updated_at'
  | 'updated_by'
>;

export function displayName(i: Pick<ResidentIdentity, 'givenNames' | 'familyName' | 'otherNames'>): string {
  return givenFirstName(i);
}

/** Family name first, folded, so the list sorts the way staff look people up. */
function sortName(i: ResidentIdentity): string {
  return foldText([i.familyName, i.givenNames, ...i.otherNames].filter(Boolean).join(' ')) || '~';
}

/** Year of birth, exact or estimated, for the duplicate check's age comparison. */
function birthYear(i: ResidentIdentity, estimateOn: string): number | null {
  if (i.dateOfBirth) return Number(i.dateOfBirth.slice(0, 4));
  if (i.estimatedAgeYears !== undefined) return Number(estimateOn.slice(0, 4)) - i.estimatedAgeYears;
  return null;
}

/** `estimateOn`: the date the estimated age refers to (admission, or the day it was edited). */
export function identityColumns(i: ResidentIdentity, estimateOn: string): IdentityColumns {
  return {
    given_names: i.givenNames ?? null,
    family_name: i.familyName ?? null,
    other_names: JSON.stringify(i.otherNames),
    display_name: displayName(i),
    sort_name: sortName(i),
    sex: i.sex ?? null,
    gender_identity: i.genderIdentity ?? null,
    date_of_birth: i.dateOfBirth ?? null,
    estimated_age_years: i.estimatedAgeYears ?? null,
    estimated_age_on: i.estimatedAgeYears !== undefined ? estimateOn : null,
    birth_year: birthYear(i, estimateOn),
    nationalities: JSON.stringify(i.nationalities),
    languages: JSON.stringify(i.languages),
    phone: i.phone ?? null,
    phone_key: normalisePhone(i.phone),
    id_document_type: i.idDocument?.type ?? null,
    id_document_number: i.idDocument?.number ?? null,
    id_number_key: normaliseIdNumber(i.idDocument?.number),
    marital_status: i.maritalStatus ?? null,
    education_level: i.educationLevel ?? null,
    number_of_children: i.numberOfChildren ?? null,
    health_notes: i.healthNotes ?? null,
  };
}

export function originColumns(o: Origin | null | undefined) {
  return {
    origin_country: o?.country ?? null,
    origin_province: o?.province ?? null,
    origin_district: o?.district ?? null,
    origin_sector: o?.sector ?? null,
    origin_cell: o?.cell ?? null,
    origin_village: o?.village ?? null,
    origin_place: o?.place ?? null,
  };
}

export function nameWordsOf(i: Pick<ResidentIdentity, 'givenNames' | 'familyName' | 'otherNames'>): string[] {
  return nameTokens(i.givenNames, i.familyName, ...i.otherNames);
}

/**
 * What the trigram index holds: each name word fenced as ^word$ (so a word start or a
 * whole word can be matched), then the code, phone digits and ID number, all folded.
 */
export function searchText(i: ResidentIdentity, code: string): string {
  const parts = nameWordsOf(i).map((w) => `^${w}$`);
  parts.push(foldText(code).replace(/ /g, ''));
  const digits = i.phone?.replace(/\D/g, '');
  if (digits) parts.push(digits);
  const idKey = normaliseIdNumber(i.idDocument?.number);
  if (idKey) parts.push(idKey.toLowerCase());
  return parts.join(' ');
}

const orUndefined = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

export function rowToIdentity(r: ResidentRow): ResidentIdentity {
  return {
    givenNames: orUndefined(r.given_names),
    familyName: orUndefined(r.family_name),
    otherNames: JSON.parse(r.other_names) as string[],
    sex: orUndefined(r.sex) as ResidentIdentity['sex'],
    genderIdentity: orUndefined(r.gender_identity) as ResidentIdentity['genderIdentity'],
    dateOfBirth: orUndefined(r.date_of_birth),
    estimatedAgeYears: orUndefined(r.estimated_age_years),
    nationalities: JSON.parse(r.nationalities) as string[],
    languages: JSON.parse(r.languages) as ResidentIdentity['languages'],
    phone: orUndefined(r.phone),
    idDocument:
      r.id_document_type && r.id_document_number
        ? { type: r.id_document_type as NonNullable<ResidentIdentity['idDocument']>['type'], number: r.id_document_number }
        : undefined,
    maritalStatus: orUndefined(r.marital_status) as ResidentIdentity['maritalStatus'],
    educationLevel: orUndefined(r.education_level) as ResidentIdentity['educationLevel'],
    numberOfChildren: orUndefined(r.number_of_children),
    healthNotes: orUndefined(r.health_notes),
  };
}

export function rowToOrigin(r: ResidentRow): Origin | null {
  if (!r.origin_country) return null;
  return {
    country: r.origin_country,
    province: orUndefined(r.origin_province),
    district: orUndefined(r.origin_district),
    sector: orUndefined(r.origin_sector),
    cell: orUndefined(r.origin_cell),
    village: orUndefined(r.origin_village),
    place: orUndefined(r.origin_place),
  };
}

/** Age today: exact from a date of birth, or the estimate carried forward from when it was given. */
export function currentAge(
  r: Pick<ResidentRow, 'date_of_birth' | 'estimated_age_years' | 'estimated_age_on'>,
  today: string,
): { years: number | null; estimate: boolean } {
  if (r.date_of_birth) return { years: Math.max(0, ageOn(r.date_of_birth, today)), estimate: false };
  if (r.estimated_age_years !== null && r.estimated_age_on) {
    return { years: r.estimated_age_years + Math.max(0, ageOn(r.estimated_age_on, today)), estimate: true };
  }
  return { years: null, estimate: false };
}

export function toListItem(r: ResidentListRow, today: string): ResidentListItem {
  const otherNames = JSON.parse(r.other_names) as string[];
  return {
    id: r.id,
    code: r.code,
    status: r.status as ResidentListItem['status'],
    displayName: r.display_name,
    listName: familyFirstName({ givenNames: r.given_names, familyName: r.family_name, otherNames }),
    otherNames,
    sex: r.sex as ResidentListItem['sex'],
    ageYears: currentAge(r, today).years,
    phone: r.phone,
    admittedOn: r.admitted_on,
  };
}

/** Identity fields a complete file has; the Overview tab lists the empty ones. */
const EXPECTED_FIELDS = [
  'givenNames',
  'familyName',
  'sex',
  'age',
  'nationalities',
  'languages',
  'phone',
  'idDocument',
  'maritalStatus',
  'educationLevel',
  'numberOfChildren',
  'origin',
  'referral',
] as const;

export function missingFields(i: ResidentIdentity, hasOrigin: boolean, hasReferral: boolean): string[] {
  const present: Record<(typeof EXPECTED_FIELDS)[number], boolean> = {
    givenNames: !!i.givenNames,
    familyName: !!i.familyName,
    sex: !!i.sex,
    age: !!i.dateOfBirth || i.estimatedAgeYears !== undefined,
    nationalities: i.nationalities.length > 0,
    languages: i.languages.length > 0,
    phone: !!i.phone,
    idDocument: !!i.idDocument,
    maritalStatus: !!i.maritalStatus,
    educationLevel: !!i.educationLevel,
    numberOfChildren: i.numberOfChildren !== undefined,
    origin: hasOrigin,
    referral: hasReferral,
  };
  return EXPECTED_FIELDS.filter((f) => !present[f]);
}

/** Names of identity fields whose values differ; values themselves never leave this function. */
export function changedIdentityFields(before: ResidentIdentity, after: ResidentIdentity): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof ResidentIdentity>;
  return [...keys].filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).sort();
}

export function changedOriginFields(before: Origin | null, after: Origin | null): string[] {
  const keys = ['country', 'province', 'district', 'sector', 'cell', 'village', 'place'] as const;
  return keys.filter((k) => (before?.[k] ?? null) !== (after?.[k] ?? null)).map((k) => `origin.${k}`);
}

/** The fields an admission filled in, by name, for the audit entry. */
export function providedFields(i: ResidentIdentity): string[] {
  return (Object.keys(i) as (keyof ResidentIdentity)[])
    .filter((k) => {
      const v = i[k];
      return v !== undefined && !(Array.isArray(v) && v.length === 0);
    })
    .sort();
}

/**
 * A refusal by a rule only core can check (a taken bed, an unknown village). The code is
 * the i18n key under `residentValidation.`, so the form shows the sentence next to the field.
 */
export function refuseField(path: string, key: string): never {
  throw new AppError('VALIDATION', key, { fields: [{ path, code: key, message: key }] });
}

/** The referral-in row written at admission and at readmission alike. */
export function referralColumns(
  r: ReferralIn,
  ids: { id: string; residentId: string; stayId: string },
  at: string,
  by: string,
): Insertable<ReferralsInTable> {
  return {
    id: ids.id,
    resident_id: ids.residentId,
    stay_id: ids.stayId,
    source_type: r.sourceType,
    organisation_name: r.organisationName ?? null,
    referring_officer: r.referringOfficer ?? null,
    referred_on: r.referredOn ?? null,
    case_reference: r.caseReference ?? null,
    created_at: at,
    created_by: by,
    updated_at: at,
    updated_by: by,
  };
}

import type { ResidentFile } from '../../../../../shared/domain/resident';
import type { ChannelInput } from '../../../../../shared/contract';
import { identityTextInput, optionalTrimmed, type IdentityTextValues } from '../fields/identity-values';
import { EMPTY_ORIGIN, type OriginValues } from '../fields/origin-values';

/**
 * The Identity tab's form as typed: text as strings, empty meaning "not known", so a half-typed
 * value is never turned into something else before the person presses Save.
 */
export interface IdentityFormValues extends Record<string, unknown>, IdentityTextValues {
  otherNames: string[];
  estimatedAgeYears: number | '';
  numberOfChildren: number | '';
  origin: OriginValues;
}

export function identityValuesFrom(file: ResidentFile): IdentityFormValues {
  const i = file.identity;
  return {
    givenNames: i.givenNames ?? '',
    familyName: i.familyName ?? '',
    otherNames: i.otherNames,
    sex: i.sex ?? '',
    genderIdentity: i.genderIdentity ?? '',
    dateOfBirth: i.dateOfBirth ?? '',
    estimatedAgeYears: i.estimatedAgeYears ?? '',
    nationalities: i.nationalities,
    languages: i.languages,
    phone: i.phone ?? '',
    idType: i.idDocument?.type ?? '',
    idNumber: i.idDocument?.number ?? '',
    maritalStatus: i.maritalStatus ?? '',
    educationLevel: i.educationLevel ?? '',
    numberOfChildren: i.numberOfChildren ?? '',
    healthNotes: i.healthNotes ?? '',
    origin: { ...EMPTY_ORIGIN, ...stripNulls(file.origin) },
  };
}

function stripNulls(o: object | null): Partial<OriginValues> {
  if (!o) return {};
  return Object.fromEntries(Object.entries(o).filter(([, v]) => typeof v === 'string')) as Partial<OriginValues>;
}

const num = (n: number | '') => (n === '' ? undefined : n);

/**
 * What residents.update receives. Core validates it with the same schema; a wrong-looking
 * value is sent as typed so the message next to the field names the real problem.
 */
export function identityUpdateFrom(id: string, v: IdentityFormValues): ChannelInput<'residents.update'> {
  return {
    id,
    identity: {
      ...identityTextInput(v),
      otherNames: v.otherNames,
      estimatedAgeYears: num(v.estimatedAgeYears),
      numberOfChildren: num(v.numberOfChildren),
    },
    origin: v.origin.country
      ? {
          country: v.origin.country,
          province: optionalTrimmed(v.origin.province),
          district: optionalTrimmed(v.origin.district),
          sector: optionalTrimmed(v.origin.sector),
          cell: optionalTrimmed(v.origin.cell),
          village: optionalTrimmed(v.origin.village),
          place: optionalTrimmed(v.origin.place),
        }
      : null,
  };
}

const STRING_FIELDS = [
  'givenNames',
  'familyName',
  'sex',
  'genderIdentity',
  'dateOfBirth',
  'phone',
  'idType',
  'idNumber',
  'maritalStatus',
  'educationLevel',
  'healthNotes',
] as const;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Only well-formed fields of a stored draft go back into the form. */
export function identityValuesFromDraft(data: Partial<IdentityFormValues>): Partial<IdentityFormValues> {
  const out: Partial<IdentityFormValues> = {};
  for (const k of STRING_FIELDS) if (typeof data[k] === 'string') out[k] = data[k];
  for (const k of ['otherNames', 'nationalities', 'languages'] as const) if (isStrings(data[k])) out[k] = data[k];
  for (const k of ['estimatedAgeYears', 'numberOfChildren'] as const) {
    const n = data[k];
    if (n === '' || (typeof n === 'number' && Number.isFinite(n))) out[k] = n;
  }
  const o = data.origin;
  if (o && typeof o === 'object') {
    const origin = { ...EMPTY_ORIGIN };
    for (const k of Object.keys(EMPTY_ORIGIN) as (keyof OriginValues)[]) {
      const s = (o as unknown as Record<string, unknown>)[k];
      if (typeof s === 'string') origin[k] = s;
    }
    out.origin = origin;
  }
  return out;
}

/** Form field → the path core names in a refusal, so its message lands next to the field. */
export const IDENTITY_ERROR_PATHS: Record<string, string> = {
  idType: 'identity.idDocument.type',
  idNumber: 'identity.idDocument.number',
};

export function identityPath(field: string): string {
  if (field.startsWith('origin.')) return field;
  return IDENTITY_ERROR_PATHS[field] ?? `identity.${field}`;
}

import {
  PROFILE_FIELDS,
  PROFILE_LIST_FIELDS,
  type ProfileField,
  type ProfileListField,
  type TraffickingProfile,
  type TraffickingProfileInput,
} from '../../../../../shared/domain/resident-profile';
import { REGION_PRESETS, type RegionPresetId } from '../../../../../shared/enums/trafficking';

/** The profile form as typed: '' is "not recorded", lists are the ticked values. */
export interface ProfileFormValues extends Record<string, unknown> {
  status: string;
  exploitationTypes: string[];
  labourSectors: string[];
  sexualExploitationTypes: string[];
  meansOfControl: string[];
  recruitmentMethods: string[];
  recruiterRelationships: string[];
  exploitationCountries: string[];
  internalMovement: string;
  exploitationPlace: string;
  employmentAtRecruitment: string;
  recruitedOn: string;
  exitedOn: string;
  notes: string;
}

/** The single-value fields: a choice, a date or text, '' when not recorded. */
const TEXT_FIELDS = PROFILE_FIELDS.filter(
  (f): f is Exclude<ProfileField, ProfileListField> => !(PROFILE_LIST_FIELDS as readonly string[]).includes(f),
);

export function profileValuesFrom(p: TraffickingProfile | null): ProfileFormValues {
  return {
    status: p?.status ?? '',
    exploitationTypes: [...(p?.exploitationTypes ?? [])],
    labourSectors: [...(p?.labourSectors ?? [])],
    sexualExploitationTypes: [...(p?.sexualExploitationTypes ?? [])],
    meansOfControl: [...(p?.meansOfControl ?? [])],
    recruitmentMethods: [...(p?.recruitmentMethods ?? [])],
    recruiterRelationships: [...(p?.recruiterRelationships ?? [])],
    exploitationCountries: [...(p?.exploitationCountries ?? [])],
    internalMovement: p?.internalMovement ?? '',
    exploitationPlace: p?.exploitationPlace ?? '',
    employmentAtRecruitment: p?.employmentAtRecruitment ?? '',
    recruitedOn: p?.recruitedOn ?? '',
    exitedOn: p?.exitedOn ?? '',
    notes: p?.notes ?? '',
  };
}

const blank = (s: string) => (s.trim() === '' ? undefined : s);

/** What residents.profile.save receives; core checks it with the same schema. */
export function profileInputFrom(v: ProfileFormValues): TraffickingProfileInput {
  return {
    status: blank(v.status),
    exploitationTypes: v.exploitationTypes,
    labourSectors: v.labourSectors,
    sexualExploitationTypes: v.sexualExploitationTypes,
    meansOfControl: v.meansOfControl,
    recruitmentMethods: v.recruitmentMethods,
    recruiterRelationships: v.recruiterRelationships,
    exploitationCountries: v.exploitationCountries,
    internalMovement: blank(v.internalMovement),
    exploitationPlace: blank(v.exploitationPlace),
    employmentAtRecruitment: blank(v.employmentAtRecruitment),
    recruitedOn: blank(v.recruitedOn),
    exitedOn: blank(v.exitedOn),
    notes: blank(v.notes),
  } as TraffickingProfileInput;
}

/** Only well-formed fields of a stored draft go back into the form. */
export function profileValuesFromDraft(data: Partial<ProfileFormValues>): Partial<ProfileFormValues> {
  const out: Partial<ProfileFormValues> = {};
  for (const k of TEXT_FIELDS) if (typeof data[k] === 'string') out[k] = data[k];
  for (const k of PROFILE_LIST_FIELDS) {
    const v = data[k];
    if (Array.isArray(v) && v.every((s) => typeof s === 'string')) out[k] = v;
  }
  return out;
}

/**
 * A one-click region adds its countries to those already chosen (never removes any) and,
 * for the domestic preset, says the movement was from village to city.
 */
export function applyPreset(v: ProfileFormValues, id: RegionPresetId): Partial<ProfileFormValues> {
  const preset = REGION_PRESETS.find((p) => p.id === id);
  if (!preset) return {};
  const countries = [...v.exploitationCountries];
  for (const c of preset.countries) if (!countries.includes(c)) countries.push(c);
  const out: Partial<ProfileFormValues> = { exploitationCountries: countries };
  if ('internalMovement' in preset && !v.internalMovement) out.internalMovement = preset.internalMovement;
  return out;
}

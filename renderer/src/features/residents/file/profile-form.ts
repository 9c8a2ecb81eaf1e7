import {
  PROFILE_FIELDS,
  PROFILE_LIST_FIELDS,
  type ProfileField,
  type ProfileListField,
  type TraffickingProfile,
  type TraffickingProfileInput,
} from '../../../../../shared/domain/resident-profile';
import { regionCountries, type RegionPresetId } from '../../../../../shared/enums/trafficking';

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
 * The country options while a region narrows the list: that region's countries only, and
 * never those already chosen (they show as chips). Narrowing changes no value of the form.
 */
export function regionOptions<G extends { items: { value: string; label: string }[] }>(
  groups: G[],
  region: RegionPresetId | null,
  chosen: readonly string[],
): { value: string; label: string }[] {
  const inRegion = region ? new Set(regionCountries(region)) : null;
  const taken = new Set(chosen);
  const seen = new Set<string>();
  return groups
    .flatMap((g) => g.items)
    .filter((o) => !taken.has(o.value) && (!inRegion || inRegion.has(o.value)) && !seen.has(o.value) && seen.add(o.value));
}

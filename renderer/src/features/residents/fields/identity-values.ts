import type { ResidentIdentityInput } from '../../../../../shared/domain/resident';

/**
 * The identity fields the admission wizard and the file's Identity tab both hold as typed:
 * '' (or an empty list) is "not known yet". Names, ages and counts are kept differently by
 * each form, so they are left to it.
 */
export interface IdentityTextValues {
  givenNames: string;
  familyName: string;
  sex: string;
  genderIdentity: string;
  dateOfBirth: string;
  nationalities: string[];
  languages: string[];
  phone: string;
  idType: string;
  idNumber: string;
  maritalStatus: string;
  educationLevel: string;
  healthNotes: string;
}

type IdentityTextInput = Omit<ResidentIdentityInput, 'otherNames' | 'estimatedAgeYears' | 'numberOfChildren'>;

/** Blank is absent; anything else goes trimmed to core's schema, which judges it. */
export const optionalTrimmed = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/**
 * These fields as core's identity schema reads them. Enumerations are sent as typed and
 * checked by the schema, so a wrong value is named next to its field rather than dropped.
 */
export function identityTextInput(v: IdentityTextValues): IdentityTextInput {
  const idGiven = optionalTrimmed(v.idType) !== undefined || optionalTrimmed(v.idNumber) !== undefined;
  return {
    givenNames: optionalTrimmed(v.givenNames),
    familyName: optionalTrimmed(v.familyName),
    sex: optionalTrimmed(v.sex),
    genderIdentity: optionalTrimmed(v.genderIdentity),
    dateOfBirth: optionalTrimmed(v.dateOfBirth),
    nationalities: v.nationalities,
    languages: v.languages,
    phone: optionalTrimmed(v.phone),
    idDocument: idGiven ? { type: optionalTrimmed(v.idType), number: v.idNumber.trim() } : undefined,
    maritalStatus: optionalTrimmed(v.maritalStatus),
    educationLevel: optionalTrimmed(v.educationLevel),
    healthNotes: optionalTrimmed(v.healthNotes),
  } as IdentityTextInput;
}

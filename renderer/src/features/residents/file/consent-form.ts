import { ageOn, type ResidentFile } from '../../../../../shared/domain/resident';
import type { ConsentRecordInput } from '../../../../../shared/domain/resident-consent';
import { AGE_OF_MAJORITY, CONSENT_AGE_WITHOUT_GUARDIAN } from '../../../../../shared/enums/consent';

export interface ConsentFormValues extends Record<string, unknown> {
  purpose: string;
  decision: string;
  partnerIds: string[];
  partnerTypes: string[];
  categories: string[];
  givenOn: string;
  method: string;
  witnessName: string;
  givenBy: string;
  guardianName: string;
  guardianRelationship: string;
  notes: string;
}

export function emptyConsent(today: string): ConsentFormValues {
  return {
    purpose: '',
    decision: 'given',
    partnerIds: [],
    partnerTypes: [],
    categories: [],
    givenOn: today,
    method: 'written',
    witnessName: '',
    givenBy: 'resident',
    guardianName: '',
    guardianRelationship: '',
    notes: '',
  };
}

const blank = (s: string) => (s.trim() === '' ? undefined : s);

/** What residents.consents.record receives; fields that do not apply are left out. */
export function consentInputFrom(residentId: string, v: ConsentFormValues): ConsentRecordInput {
  const guardian = v.givenBy === 'guardian';
  // A refusal is of the whole purpose: no partner or category is sent with it.
  const scoped = v.purpose === 'sharing' && v.decision !== 'refused';
  return {
    residentId,
    purpose: blank(v.purpose),
    decision: v.decision === 'refused' ? 'refused' : 'given',
    partnerIds: scoped ? v.partnerIds : [],
    partnerTypes: scoped ? v.partnerTypes : [],
    categories: scoped ? v.categories : [],
    givenOn: v.givenOn,
    method: blank(v.method),
    witnessName: v.method === 'oral_witnessed' ? v.witnessName : undefined,
    givenBy: blank(v.givenBy),
    guardianName: guardian ? v.guardianName : undefined,
    guardianRelationship: guardian ? blank(v.guardianRelationship) : undefined,
    notes: v.notes,
  } as ConsentRecordInput;
}

export function consentValuesFromDraft(data: Partial<ConsentFormValues>): Partial<ConsentFormValues> {
  const out: Partial<ConsentFormValues> = {};
  for (const k of [
    'purpose',
    'decision',
    'givenOn',
    'method',
    'witnessName',
    'givenBy',
    'guardianName',
    'guardianRelationship',
    'notes',
  ] as const) {
    if (typeof data[k] === 'string') out[k] = data[k];
  }
  for (const k of ['partnerIds', 'partnerTypes', 'categories'] as const) {
    const list = data[k];
    if (Array.isArray(list) && list.every((p) => typeof p === 'string')) out[k] = list;
  }
  return out;
}

export type AgeRule = 'guardian_required' | 'minor' | 'adult' | 'unknown';

export interface AgeOnConsent {
  rule: AgeRule;
  age: number | null;
  /** From a date of birth; an estimate only warns, since core decides on what it knows. */
  exact: boolean;
}

/**
 * What her age on the consent date means for who may give it: under 16 only a guardian,
 * 16 and 17 she may but staff are warned, unknown age is said plainly. An exact date of
 * birth is used where there is one; otherwise today's estimate, moved back to that date.
 */
export function consentAgeRule(file: Pick<ResidentFile, 'identity' | 'ageYears'>, givenOn: string, today: string): AgeOnConsent {
  let age: number | null = null;
  const exact = !!file.identity.dateOfBirth;
  if (file.identity.dateOfBirth && /^\d{4}-\d{2}-\d{2}$/.test(givenOn)) age = ageOn(file.identity.dateOfBirth, givenOn);
  else if (file.ageYears != null) {
    const yearsAgo = /^\d{4}-\d{2}-\d{2}$/.test(givenOn) ? Math.max(0, ageOn(givenOn, today)) : 0;
    age = file.ageYears - yearsAgo;
  }
  if (age === null) return { rule: 'unknown', age, exact };
  if (age < CONSENT_AGE_WITHOUT_GUARDIAN) return { rule: 'guardian_required', age, exact };
  if (age < AGE_OF_MAJORITY) return { rule: 'minor', age, exact };
  return { rule: 'adult', age, exact };
}

import { describe, expect, it } from 'vitest';
import { en } from '../i18n/locales/en';
import { fr } from '../i18n/locales/fr';
import { CONSENT_ENUMS } from './consent';
import { consentRecordSchema } from '../domain/resident-consent';

describe('consent enumerations', () => {
  it.each(Object.entries(CONSENT_ENUMS))('%s has an English and a French label for every value and none extra', (name, values) => {
    for (const catalogue of [en.consent, fr.consent]) {
      const l = (catalogue as Record<string, Record<string, string>>)[name]!;
      expect(Object.keys(l).sort()).toEqual([...values].sort());
      for (const v of values) expect(l[v]!.trim()).not.toBe('');
    }
  });
});

describe('consent record shape', () => {
  const base = { residentId: 'r1', purpose: 'services', givenOn: '2025-01-10', method: 'written', givenBy: 'resident' } as const;
  const messages = (input: unknown) => {
    const r = consentRecordSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };

  it('accepts a written consent by the resident and a witnessed oral one by a guardian', () => {
    expect(messages(base)).toEqual([]);
    expect(
      messages({ ...base, method: 'oral_witnessed', witnessName: 'A witness', givenBy: 'guardian', guardianName: 'A guardian' }),
    ).toEqual([]);
  });

  it('needs a witness for oral consent, a guardian name, and partners exactly for sharing', () => {
    expect(messages({ ...base, method: 'oral_witnessed', witnessName: '   ' })).toEqual(['witnessName:consent.witnessRequired']);
    expect(messages({ ...base, givenBy: 'guardian' })).toEqual(['guardianName:consent.guardianNameRequired']);
    expect(messages({ ...base, purpose: 'sharing' })).toEqual([
      'partnerIds:consent.partnersRequired',
      'categories:consent.categoriesRequired',
    ]);
    expect(messages({ ...base, partnerIds: ['p1'] })).toEqual(['partnerIds:consent.partnersOnlyForSharing']);
    expect(messages({ ...base, purpose: 'sharing', partnerIds: ['p1'], categories: ['identity'] })).toEqual([]);
    expect(messages({ ...base, purpose: 'sharing', partnerTypes: ['health'], categories: ['identity', 'health'] })).toEqual([]);
    // A scope naming a category or a partner type that does not exist is refused by name.
    expect(messages({ ...base, purpose: 'sharing', partnerIds: ['p1'], categories: ['bank_details'] })).toEqual([
      'categories.0:Invalid option: expected one of "identity"|"contact"|"trafficking_profile"|"health"|"counselling_summary"|"documents"',
    ]);
    expect(messages({ ...base, purpose: 'sharing', partnerTypes: ['bank'], categories: ['identity'] })).toHaveLength(1);
    expect(messages({ ...base, purpose: 'marketing' })).toHaveLength(1);
    expect(messages({ ...base, givenOn: '2999-01-01' })).toEqual(['givenOn:date.inFuture']);
  });
});

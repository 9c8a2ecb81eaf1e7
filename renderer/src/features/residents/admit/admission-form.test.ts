import { describe, expect, it } from 'vitest';
import { admissionSchema } from '../../../../../shared/domain/resident';
import { translate } from '../../../../../shared/i18n/translate';
import { en } from '../../../../../shared/i18n/locales/en';
import type { TFunction } from '../../../i18n/useT';
import {
  emptyAdmission,
  firstStepWithError,
  fromDraft,
  missingParts,
  pathOf,
  splitNames,
  stepOfPath,
  toAdmission,
  toProbe,
  validateAdmission,
  validateUpTo,
  withoutErrorsFor,
  type AdmitValues,
} from './admission-form';

const t: TFunction = (key, vars) => translate('en', key, vars);
const DAY = '2026-03-02';
const base = (changes: Partial<AdmitValues> = {}): AdmitValues => ({ ...emptyAdmission(DAY), ...changes });

describe('admission form', () => {
  it('saves with only an alias and the admission date', () => {
    const v = base({ otherNames: ' Mama Teta ,, ' });
    expect(validateAdmission(t, v)).toEqual({});
    const parsed = admissionSchema.parse(toAdmission(v));
    expect(parsed.identity.otherNames).toEqual(['Mama Teta']);
    expect(parsed.admittedOn).toBe(DAY);
    expect(parsed.origin).toBeUndefined();
    expect(parsed.referral).toBeUndefined();
    expect(parsed.bedId).toBeUndefined();
    expect(parsed.identity.idDocument).toBeUndefined();
  });

  it('asks for a name or alias on the first step, in words core uses too', () => {
    const errors = validateAdmission(t, base());
    expect(errors['identity.givenNames']).toBe(en.residentValidation['resident.nameRequired']);
    expect(firstStepWithError(errors)).toBe('name');
  });

  it('says "Required." for an emptied admission date, and names a future date', () => {
    expect(validateAdmission(t, base({ givenNames: 'Aline', admittedOn: '' }))['admittedOn']).toBe(en.validation.required);
    expect(validateAdmission(t, base({ givenNames: 'Aline', admittedOn: '2999-01-01' }))['admittedOn']).toBe(
      en.residentValidation['date.inFuture'],
    );
  });

  it('keys problems by core paths and sends the user to the step that shows them', () => {
    const v = base({ givenNames: 'Aline', idNumber: '1199', organisationName: 'Isange Kacyiru', phone: 'call me' });
    const errors = validateAdmission(t, v);
    expect(errors['identity.idDocument.type']).toBe(en.validation.required);
    expect(errors['referral.sourceType']).toBe(en.validation.required);
    expect(errors['identity.phone']).toBe(en.residentValidation['phone.format']);
    expect(firstStepWithError(errors)).toBe('identity');
    // Later steps are not judged before they are seen.
    expect(validateUpTo(t, v, 'name')).toEqual({});
    expect(Object.keys(validateUpTo(t, v, 'origin')).sort()).toEqual(['identity.idDocument.type', 'identity.phone']);
  });

  it('refuses a date of birth after the admission', () => {
    const errors = validateAdmission(t, base({ givenNames: 'Aline', dateOfBirth: '2026-03-05' }));
    expect(errors['identity.dateOfBirth']).toBe(en.residentValidation['date.birthAfterAdmission']);
  });

  it('sends Rwandan levels for Rwanda and free text elsewhere', () => {
    const rw = toAdmission(base({ givenNames: 'A', country: 'RW', province: 'Kigali', district: 'Gasabo', place: 'ignored' }));
    expect(rw.origin).toEqual({
      country: 'RW',
      province: 'Kigali',
      district: 'Gasabo',
      sector: undefined,
      cell: undefined,
      village: undefined,
    });
    const ug = toAdmission(base({ givenNames: 'A', country: 'UG', province: 'stale', place: ' Kampala ' }));
    expect(ug.origin).toEqual({ country: 'UG', place: 'Kampala' });
    expect(admissionSchema.safeParse(ug).success).toBe(true);
  });

  it('turns typed numbers into numbers and lets the schema judge them', () => {
    const v = base({ givenNames: 'A', estimatedAgeYears: '19', numberOfChildren: '2', languages: ['rw', 'sw'], nationalities: ['RW'] });
    const parsed = admissionSchema.parse(toAdmission(v));
    expect(parsed.identity.estimatedAgeYears).toBe(19);
    expect(parsed.identity.numberOfChildren).toBe(2);
    expect(validateAdmission(t, base({ givenNames: 'A', estimatedAgeYears: '140' }))['identity.estimatedAgeYears']).toBeDefined();
  });

  it('puts back only well-formed draft fields', () => {
    const restored = fromDraft({ givenNames: 'Aline', languages: ['rw', 3], sex: 7, phone: '0788', unknown: 'x' }, base());
    expect(restored.givenNames).toBe('Aline');
    expect(restored.phone).toBe('0788');
    expect(restored.languages).toEqual([]);
    expect(restored.sex).toBe('');
    expect(restored).not.toHaveProperty('unknown');
    expect(restored.admittedOn).toBe(DAY);
  });

  it('asks about duplicates only once there is something to compare', () => {
    expect(toProbe(base())).toBeNull();
    expect(toProbe(base({ givenNames: 'Aline', familyName: 'Uwase', estimatedAgeYears: '20', phone: '+250 788' }))).toEqual({
      givenNames: 'Aline',
      familyName: 'Uwase',
      otherNames: [],
      dateOfBirth: undefined,
      estimatedAgeYears: 20,
      phone: '+250 788',
      idNumber: undefined,
    });
    expect(toProbe(base({ idNumber: '1199' }))?.idNumber).toBe('1199');
  });

  it('lists what is still missing with the same names core uses', () => {
    expect(missingParts(base({ givenNames: 'A' }))).toContain('familyName');
    expect(missingParts(base({ givenNames: 'A', estimatedAgeYears: '20' }))).not.toContain('age');
    for (const m of missingParts(base())) expect(Object.keys(en.admit.missing)).toContain(m);
  });

  it('maps fields to core paths and clears a field with its parts', () => {
    expect(pathOf('idNumber')).toBe('identity.idDocument.number');
    expect(pathOf('sourceType')).toBe('referral.sourceType');
    expect(pathOf('village')).toBe('origin.village');
    expect(pathOf('bedId')).toBe('bedId');
    expect(stepOfPath('identity.otherNames.2')).toBe('name');
    expect(withoutErrorsFor({ 'identity.otherNames.1': 'x', admittedOn: 'y' }, ['identity.otherNames'])).toEqual({ admittedOn: 'y' });
    expect(splitNames('a, ,b')).toEqual(['a', 'b']);
  });
});

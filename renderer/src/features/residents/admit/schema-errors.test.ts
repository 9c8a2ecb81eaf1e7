import { describe, expect, it } from 'vitest';
import { roomCreateSchema } from '../../../../../shared/domain/resident-beds';
import { readmissionSchema } from '../../../../../shared/domain/resident-stays';
import { en } from '../../../../../shared/i18n/locales/en';
import { translate } from '../../../../../shared/i18n/translate';
import type { TFunction } from '../../../i18n/useT';
import { schemaErrors } from './schema-errors';

const t: TFunction = (key, vars) => translate('en', key, vars);

describe('schemaErrors', () => {
  it('says "Required." for a blank nested field and names a rule that says more', () => {
    const errors = schemaErrors(t, readmissionSchema, {
      residentId: 'r1',
      admittedOn: '',
      referral: { sourceType: undefined, organisationName: 'Isange' },
    });
    expect(errors).toEqual({ admittedOn: en.validation.required, 'referral.sourceType': en.validation.required });
    expect(schemaErrors(t, roomCreateSchema, { name: 'Room 2', beds: ['A', 'a'] })).toEqual({
      beds: en.residentValidation['room.duplicateBed'],
    });
  });

  it('gives a format rule its own sentence rather than "Not valid."', () => {
    const errors = schemaErrors(t, readmissionSchema, { residentId: 'r1', admittedOn: '24/11/2026' });
    expect(errors['admittedOn']).toBe(en.residentValidation['date.format']);
  });

  it('finds nothing wrong in a valid input', () => {
    expect(schemaErrors(t, roomCreateSchema, { name: 'Room 2', beds: ['A', 'B'] })).toEqual({});
  });
});

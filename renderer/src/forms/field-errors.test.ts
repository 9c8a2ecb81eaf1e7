import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translate } from '../../../shared/i18n/translate';
import { newUserSchema } from '../../../shared/domain/user';
import { organisationNameSchema, siteCodeSchema } from '../../../shared/domain/settings';
import { ApiError } from '../api/api-error';
import type { TFunction } from '../i18n/useT';
import { apiFieldErrors, confirmProblem, explainedByFields, fieldMessage, passwordProblem, validateWith } from './field-errors';

const t: TFunction = (key, vars) => translate('en', key, vars);

describe('form field errors', () => {
  it('says "Required." for an empty field instead of a length or format rule', () => {
    const schema = z.object({ organisationName: organisationNameSchema, siteCode: siteCodeSchema });
    expect(validateWith(t, schema, { organisationName: '  ', siteCode: '' })).toEqual({
      organisationName: 'Required.',
      siteCode: 'Required.',
    });
  });

  it('uses the shared schema messages for filled-in fields', () => {
    const schema = z.object({ organisationName: organisationNameSchema, siteCode: siteCodeSchema });
    const errors = validateWith(t, schema, { organisationName: 'A', siteCode: 'K-1' });
    expect(errors.organisationName).toBe('Too short (at least 2 characters).');
    expect(errors.siteCode).toBe(translate('en', 'validation.siteCodeFormat'));
  });

  it('translates the codes core attaches to fields, with their parameters', () => {
    const err = new ApiError({
      code: 'WEAK_PASSWORD',
      message: 'weak',
      fields: [{ path: 'manager.password', code: 'weakPassword', message: 'weakPassword:{"min":10}' }],
    });
    expect(apiFieldErrors(t, err)['manager.password']).toContain('at least 10 characters');
    expect(fieldMessage(t, 'taken')).toBe(translate('en', 'fieldErrors.taken'));
    expect(fieldMessage(t, 'no-such-code')).toBe('Not valid.');
  });

  it('applies the same password rule as core', () => {
    expect(passwordProblem(t, '')).toBe('Required.');
    expect(passwordProblem(t, 'password1')).toMatch(/^Too weak/);
    expect(passwordProblem(t, 'Blue-river-morning-42')).toBeNull();
    expect(confirmProblem(t, 'Blue-river-morning-42', 'Blue-river-morning-4')).toBe(translate('en', 'fieldErrors.passwordsDiffer'));
  });

  it('does not repeat a refusal already explained next to its field', () => {
    const taken = new ApiError({
      code: 'USERNAME_TAKEN',
      message: 'taken',
      fields: [{ path: 'username', code: 'taken', message: 'taken' }],
    });
    expect(explainedByFields(taken, apiFieldErrors(t, taken))).toBe(true);
    const last = new ApiError({ code: 'LAST_MANAGER', message: 'last' });
    expect(explainedByFields(last, apiFieldErrors(t, last))).toBe(false);
  });

  it('accepts what the create-user schema accepts', () => {
    const details = newUserSchema.pick({ fullName: true, username: true, role: true });
    expect(validateWith(t, details, { fullName: 'Counsellor One', username: 'counsellor1', role: 'counsellor' })).toEqual({});
  });
});

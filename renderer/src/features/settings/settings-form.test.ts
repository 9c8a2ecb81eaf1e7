import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/domain/settings';
import { translate } from '../../../../shared/i18n/translate';
import type { TFunction } from '../../i18n/useT';
import { changedFields, parseFollowUpMonths, toFormValues, toSettings, validateSettings } from './settings-form';

const t: TFunction = (key, vars) => translate('en', key, vars);
const saved: Settings = { ...DEFAULT_SETTINGS, organisationName: 'Hope Shelter', siteCode: 'KGL' };

describe('settings form', () => {
  it('sends only the fields that changed', () => {
    expect(changedFields(saved, { ...saved, idleLockMinutes: 10 })).toEqual({ idleLockMinutes: 10 });
    expect(changedFields(saved, saved)).toEqual({});
    // The same months typed again are no change; other months are.
    expect(changedFields(saved, { ...saved, followUpMonths: [...saved.followUpMonths] })).toEqual({});
    expect(changedFields(saved, { ...saved, followUpMonths: [2, 4] })).toEqual({ followUpMonths: [2, 4] });
  });

  it('names both ends of a numeric range in its message', () => {
    expect(validateSettings(t, { ...toFormValues(saved), idleLockMinutes: 500 }).idleLockMinutes).toBe('Enter a number between 1 and 120.');
    expect(validateSettings(t, { ...toFormValues(saved), stayLimitDays: 5 }).stayLimitDays).toBe('Enter a number between 30 and 730.');
    expect(validateSettings(t, { ...toFormValues(saved), idleLockMinutes: '' }).idleLockMinutes).toBe('Required.');
  });

  it('keeps k for the anonymised export between 5 and 100, with both ends in the refusal', () => {
    const form = toFormValues(saved);
    expect(validateSettings(t, { ...form, anonymisationK: 4 }).anonymisationK).toBe('Enter a number between 5 and 100.');
    expect(validateSettings(t, { ...form, anonymisationK: 101 }).anonymisationK).toBe('Enter a number between 5 and 100.');
    expect(validateSettings(t, { ...form, anonymisationK: '' }).anonymisationK).toBe('Required.');
    expect(validateSettings(t, { ...form, anonymisationK: 5 })).toEqual({});
    expect(toSettings({ ...form, anonymisationK: '20' }).anonymisationK).toBe(20);
  });

  it('reads the follow-up months as one line, in order and each once, and refuses anything else by name', () => {
    const form = toFormValues(saved);
    expect(form.followUpMonths).toBe('1, 3, 6, 12');
    expect(toSettings(form).followUpMonths).toEqual([1, 3, 6, 12]);
    expect(parseFollowUpMonths(' 12,6;3 1, 6 ')).toEqual([1, 3, 6, 12]);
    const refusal = 'Enter whole months from 1 to 24, separated by commas (at most 12), for example 1, 3, 6, 12.';
    for (const bad of ['1, 3, six', '0, 3', '1, 25', '1.5, 3', '-1', '1 2 3 4 5 6 7 8 9 10 11 12 13'])
      expect(validateSettings(t, { ...form, followUpMonths: bad }), bad).toEqual({ followUpMonths: refusal });
    expect(validateSettings(t, { ...form, followUpMonths: '  ' })).toEqual({ followUpMonths: 'Required.' });
    expect(validateSettings(t, { ...form, followUpMonths: '2, 4' })).toEqual({});
    expect(translate('fr', 'validation.followUpMonthsList')).not.toBe(refusal);
    expect(translate('rw', 'validation.followUpMonthsList')).not.toBe(refusal);
  });

  it('refuses an unknown time zone with the shared message', () => {
    expect(validateSettings(t, { ...toFormValues(saved), timeZone: 'Mars/Olympus' }).timeZone).toBe('Unknown time zone.');
  });
});

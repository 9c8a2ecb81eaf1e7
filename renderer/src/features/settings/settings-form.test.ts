import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/domain/settings';
import { translate } from '../../../../shared/i18n/translate';
import type { TFunction } from '../../i18n/useT';
import { changedFields, validateSettings } from './settings-form';

const t: TFunction = (key, vars) => translate('en', key, vars);
const saved: Settings = { ...DEFAULT_SETTINGS, organisationName: 'Hope Shelter', siteCode: 'KGL' };

describe('settings form', () => {
  it('sends only the fields that changed', () => {
    expect(changedFields(saved, { ...saved, idleLockMinutes: 10 })).toEqual({ idleLockMinutes: 10 });
    expect(changedFields(saved, saved)).toEqual({});
  });

  it('names both ends of a numeric range in its message', () => {
    expect(validateSettings(t, { ...saved, idleLockMinutes: 500 }).idleLockMinutes).toBe('Enter a number between 1 and 120.');
    expect(validateSettings(t, { ...saved, stayLimitDays: 5 }).stayLimitDays).toBe('Enter a number between 30 and 730.');
    expect(validateSettings(t, { ...saved, idleLockMinutes: '' }).idleLockMinutes).toBe('Required.');
  });

  it('refuses an unknown time zone with the shared message', () => {
    expect(validateSettings(t, { ...saved, timeZone: 'Mars/Olympus' }).timeZone).toBe('Unknown time zone.');
  });
});

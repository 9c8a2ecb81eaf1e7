import { describe, expect, it } from 'vitest';
import { en } from '../i18n/locales/en';
import { RESIDENT_ENUMS } from './resident';
import { COMMON_COUNTRIES, COUNTRY_CODES, countryName, isCountryCode } from './countries';
import { RESIDENT_VALIDATION } from '../domain/resident';
import { BED_VALIDATION } from '../domain/resident-beds';
import { STAY_VALIDATION } from '../domain/resident-stays';

describe('resident enumerations', () => {
  it.each(Object.entries(RESIDENT_ENUMS))('%s has an English label for every value and none extra', (name, values) => {
    const labels = (en.residentEnums as Record<string, Record<string, string>>)[name]!;
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const v of values) expect(labels[v]!.trim()).not.toBe('');
  });

  it('has English text for every resident validation message', () => {
    for (const key of [...Object.values(RESIDENT_VALIDATION), ...Object.values(BED_VALIDATION), ...Object.values(STAY_VALIDATION)])
      expect((en.residentValidation as Record<string, string>)[key], key).toBeTruthy();
  });

  it('lists the ISO 3166 alpha-2 codes, each with a name from the runtime', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const c of COMMON_COUNTRIES) expect(isCountryCode(c)).toBe(true);
    expect(isCountryCode('XX')).toBe(false);
    expect(countryName('RW', 'en')).toBe('Rwanda');
    expect(countryName('CD', 'fr')).toMatch(/Congo/);
  });
});

import { useMemo } from 'react';
import { COMMON_COUNTRIES, COUNTRY_CODES, countryName } from '../../../../../shared/enums/countries';
import { INTL_LOCALE, useLocaleStore } from '../../../i18n/locale-store';
import { useT } from '../../../i18n/useT';

export interface CountryGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * Countries named in the given language: Rwanda, its neighbours and the usual countries of
 * exploitation first, then every other country by name. Each code appears once: Mantine
 * refuses an option listed twice, even across groups.
 */
export function countryOptions(intlLocale: string, groups: { common: string; all: string }): CountryGroup[] {
  const item = (code: string) => ({ value: code, label: countryName(code, intlLocale) });
  const common = new Set<string>(COMMON_COUNTRIES);
  const rest = COUNTRY_CODES.filter((c) => !common.has(c))
    .map(item)
    .sort((a, b) => a.label.localeCompare(b.label, intlLocale));
  return [
    { group: groups.common, items: COMMON_COUNTRIES.map(item) },
    { group: groups.all, items: rest },
  ];
}

/** The country picker's options in the user's language. */
export function useCountryOptions(): CountryGroup[] {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(
    () => countryOptions(INTL_LOCALE[locale], { common: t('residentFields.commonCountries'), all: t('residentFields.allCountries') }),
    [locale, t],
  );
}

/** A country's name in the user's language. */
export function useCountryName(): (code: string) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(() => (code: string) => countryName(code, INTL_LOCALE[locale]), [locale]);
}

import { countryName } from './enums/countries';
import type { ReportSectionId } from './enums/reports';
import { hasKey, translate } from './i18n/translate';
import type { Locale } from './domain/settings';

/**
 * Where the label of a report value lives: most values are enumerations the rest of the app
 * already labels; CTDC/HTCDS categories that differ from what staff record have their own.
 * One function for the screens and the exports, so they always agree.
 */
const LABEL_PREFIXES: Record<ReportSectionId, readonly string[]> = {
  sex: ['residentEnums.sex'],
  age_band: ['reports.value.ageBand'],
  nationality: [],
  employment_at_recruitment: ['trafficking.employmentStatus'],
  exploitation: ['trafficking.exploitationType', 'reports.value.ctdc'],
  destination: [],
  means_of_control: ['trafficking.meansOfControl', 'reports.value.ctdc'],
  recruitment: ['reports.value.ctdc', 'trafficking.recruitmentMethod'],
  referral_source: ['residentEnums.referralSourceType'],
  length_of_stay: ['reports.value.stayLength'],
  discharge_destination: ['residentEnums.dischargeDestination'],
  referrals_out: ['referralsOut.organisationType'],
  outreach_activities: ['outreach.type'],
  outreach_reached: ['outreach.count'],
  counselling_attendance: ['reportSections.attendance'],
  who5_change: ['reportSections.who5'],
  reintegration_6_months: ['reportSections.reintegration'],
  reintegration_12_months: ['reportSections.reintegration'],
};

const COUNTRY_SECTIONS: readonly ReportSectionId[] = ['nationality', 'destination'];

export function reportValueLabel(locale: Locale, section: ReportSectionId, key: string): string {
  if (key === 'unknown') return translate(locale, 'reports.value.unknown');
  if (COUNTRY_SECTIONS.includes(section)) return countryName(key, locale);
  for (const prefix of LABEL_PREFIXES[section]) if (hasKey(`${prefix}.${key}`)) return translate(locale, `${prefix}.${key}`);
  return key;
}

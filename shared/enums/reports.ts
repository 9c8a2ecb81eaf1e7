/**
 * What reports count by, as data. Labels: i18n `reports.section.<id>` and
 * `reports.value.<section>.<key>` for keys that are not already an enumeration elsewhere.
 */

/** CTDC age bands (years at admission), as the anonymised export and the demographic report use them. */
export const CTDC_AGE_BANDS = ['0_8', '9_17', '18_20', '21_23', '24_26', '27_29', '30_38', '39_47', '48_plus'] as const;
export type CtdcAgeBand = (typeof CTDC_AGE_BANDS)[number];

const BAND_FLOORS: readonly [number, CtdcAgeBand][] = [
  [48, '48_plus'],
  [39, '39_47'],
  [30, '30_38'],
  [27, '27_29'],
  [24, '24_26'],
  [21, '21_23'],
  [18, '18_20'],
  [9, '9_17'],
  [0, '0_8'],
];

export function ctdcAgeBand(age: number | null): CtdcAgeBand | 'unknown' {
  if (age === null || age < 0) return 'unknown';
  return BAND_FLOORS.find(([floor]) => age >= floor)![1];
}

/** Length of a finished stay, in days from admission to discharge. */
export const STAY_LENGTH_BANDS = ['under_1_month', '1_3_months', '3_6_months', 'over_6_months'] as const;
export type StayLengthBand = (typeof STAY_LENGTH_BANDS)[number];

export function stayLengthBand(days: number): StayLengthBand {
  if (days < 30) return 'under_1_month';
  if (days < 91) return '1_3_months';
  if (days <= 183) return '3_6_months';
  return 'over_6_months';
}

/**
 * The report sections, in the order the Reports page shows them. The last ones are filled
 * by Rehabilitation and Reintegration through core's section registry
 * (electron/core/reports/sections.ts); until they register, they say "no figures yet".
 */
export const REPORT_SECTIONS = [
  'sex',
  'age_band',
  'nationality',
  'employment_at_recruitment',
  'exploitation',
  'destination',
  'means_of_control',
  'recruitment',
  'referral_source',
  'length_of_stay',
  'discharge_destination',
  'referrals_out',
  'outreach_activities',
  'outreach_reached',
  'counselling_attendance',
  'who5_change',
  'reintegration_6_months',
  'reintegration_12_months',
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** Counts from 1 to this minus one are shown as "<5" in anything that leaves the app. */
export const SMALL_COUNT_THRESHOLD = 5;

/** A count as it may leave the app: small non-zero counts could point at one person. */
export function countForExport(n: number): string {
  return n > 0 && n < SMALL_COUNT_THRESHOLD ? `<${SMALL_COUNT_THRESHOLD}` : String(n);
}

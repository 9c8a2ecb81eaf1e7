import type { BedHistoryEntry, ResidentFile } from '../../../../../shared/domain/resident';
import type { TFunction } from '../../../i18n/useT';

/** Age as staff say it: exact years, "about N" for an estimate, or not known. */
export function ageText(t: TFunction, file: Pick<ResidentFile, 'ageYears' | 'ageIsEstimate'>): string {
  if (file.ageYears == null) return t('residents.ageUnknown');
  return file.ageIsEstimate ? t('residents.ageEstimate', { years: file.ageYears }) : String(file.ageYears);
}

/** The bed slept in tonight: the one with no end date. */
export function currentBed(file: Pick<ResidentFile, 'beds'>): BedHistoryEntry | undefined {
  return file.beds.find((b) => b.to === null);
}

/** Whole days from one calendar date to another (the day of admission counts as day 0). */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));
}

import { todayIn } from '../../shared/i18n/format';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';

/**
 * Dates as the app sees them: the shelter's calendar, not UTC's. Between midnight in Kigali and
 * midnight UTC the two differ by a day, and specs that counted days in UTC failed there.
 */
export function shelterToday(): string {
  return todayIn(DEFAULT_SETTINGS.timeZone);
}

/** The shelter's date `days` before today (negative: after), as YYYY-MM-DD. */
export function isoDaysAgo(days: number): string {
  const [y, m, d] = shelterToday().split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! - days)).toISOString().slice(0, 10);
}

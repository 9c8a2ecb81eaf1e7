import { useTimeZone } from '../../../i18n/format';

/** Today in a time zone, as YYYY-MM-DD (en-CA writes dates that way). */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** Today in the shelter's time zone (Settings): the default for admission and discharge dates. */
export function useShelterToday(): string {
  return todayIn(useTimeZone());
}

/** A date field as wide as a date, while its help text may use the whole line. */
export const DATE_STYLES = { wrapper: { maxWidth: 240 } };

import type { Locale } from '../../../../../shared/domain/settings';
import { todayIn, WEEKDAYS_FROM_MONDAY } from '../../../../../shared/i18n/format';

const DAY = 86_400_000;

/** The next seven days as the shelter counts them (today first), as YYYY-MM-DD. */
export function nextSevenDays(timeZone: string, now: number): string[] {
  // Noon UTC of each following calendar day, so a day is never skipped or repeated by a zone offset.
  const today = todayIn(timeZone, now);
  const start = Date.parse(`${today}T12:00:00Z`);
  return Array.from({ length: 7 }, (_, i) => new Date(start + i * DAY).toISOString().slice(0, 10));
}

/**
 * Sessions per day of the coming week, by the shelter's day (a 23:30 session in Kigali is
 * that day's, whatever the UTC date), labelled with the weekday in the chosen language.
 */
export function sessionsPerDay(
  startsAt: readonly string[],
  { timeZone, now, locale }: { timeZone: string; now: number; locale: Locale },
): { day: string; label: string; sessions: number }[] {
  const days = nextSevenDays(timeZone, now);
  const counts = new Map(days.map((d) => [d, 0]));
  for (const iso of startsAt) {
    const day = todayIn(timeZone, Date.parse(iso));
    if (counts.has(day)) counts.set(day, counts.get(day)! + 1);
  }
  return days.map((day) => {
    const mondayFirst = (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;
    return { day, label: `${WEEKDAYS_FROM_MONDAY[locale][mondayFirst]} ${Number(day.slice(8))}`, sessions: counts.get(day)! };
  });
}

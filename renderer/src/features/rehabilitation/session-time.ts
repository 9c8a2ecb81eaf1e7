import { instantFromWallClock, wallClockOf } from '../../../../shared/i18n/zoned-time';
import type { WallClock } from '../../components/DateTimeFields';

/** A new session starts an hour ago on the shelter's clock (most are recorded just after). */
export function defaultSessionStart(timeZone: string, now = Date.now()): WallClock {
  return wallClockOf(new Date(now - 3_600_000).toISOString(), timeZone);
}

/**
 * The instant core stores. What is not a real date and time goes as typed, so core refuses it
 * by name next to the field instead of the form guessing.
 */
export function sessionInstant(w: WallClock, timeZone: string): string {
  return instantFromWallClock(w.date, w.time, timeZone) ?? `${w.date}T${w.time}`;
}

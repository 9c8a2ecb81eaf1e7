import { isRealDate, partsIn } from './format';

const pad = (n: number) => String(n).padStart(2, '0');

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const p = partsIn(new Date(ms), timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * A date (YYYY-MM-DD) and time (HH:MM) as read on the shelter's wall clock, as a UTC instant.
 * Never the browser's zone: the laptop may be set to another one. Null when either is not real.
 */
export function instantFromWallClock(date: string, time: string, timeZone: string): string | null {
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!t || !isRealDate(date)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, Number(t[1]), Number(t[2]));
  // Twice: the offset one guess away can differ across a daylight-saving change.
  let ms = asUtc - offsetAt(asUtc, timeZone);
  ms = asUtc - offsetAt(ms, timeZone);
  return new Date(ms).toISOString();
}

/** A stored UTC instant as the shelter's wall clock reads it, for a form's date and time boxes. */
export function wallClockOf(iso: string, timeZone: string): { date: string; time: string } {
  const p = partsIn(new Date(iso), timeZone);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

import type { Locale } from '../domain/settings';

/**
 * One formatting helper for every date, time, number and RWF amount shown, in the chosen
 * language. Browsers ship no Kinyarwanda calendar data (Chromium falls back to US English,
 * "Dec 6, 2026, 4:01 PM"), so Kinyarwanda is composed here from CLDR's names and order:
 * day month year, 24-hour clock, "." between thousands.
 */

const INTL_TAG: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', rw: 'rw-RW' };

/** Month names (January first) as each language writes them; Kinyarwanda from CLDR. */
export const MONTHS: Record<Locale, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  rw: [
    'Mutarama',
    'Gashyantare',
    'Werurwe',
    'Mata',
    'Gicurasi',
    'Kamena',
    'Nyakanga',
    'Kanama',
    'Nzeri',
    'Ukwakira',
    'Ugushyingo',
    'Ukuboza',
  ],
};

const MONTHS_SHORT: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  rw: ['mut.', 'gas.', 'wer.', 'mat.', 'gic.', 'kam.', 'nya.', 'kan.', 'nze.', 'ukw.', 'ugu.', 'uku.'],
};

/** Weekday initials from Monday (the week starts on Monday in Rwanda), for the calendar. */
export const WEEKDAYS_FROM_MONDAY: Record<Locale, readonly string[]> = {
  en: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
  fr: ['lu', 'ma', 'me', 'je', 've', 'sa', 'di'],
  rw: ['mbe', 'kab', 'gtu', 'kan', 'gnu', 'gnd', 'cyu'],
};

/** Full weekday names from Monday, for screen readers on the calendar's days. */
export const WEEKDAY_NAMES: Record<Locale, readonly string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  rw: ['Kuwa mbere', 'Kuwa kabiri', 'Kuwa gatatu', 'Kuwa kane', 'Kuwa gatanu', 'Kuwa gatandatu', 'Ku cyumweru'],
};

export interface Parts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The wall-clock parts of an instant in a time zone (Kigali when the zone is unknown). */
export function partsIn(date: Date, timeZone: string): Parts {
  let f: Intl.DateTimeFormat;
  const opts: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  };
  try {
    f = new Intl.DateTimeFormat('en-GB', { ...opts, timeZone });
  } catch {
    f = new Intl.DateTimeFormat('en-GB', { ...opts, timeZone: 'Africa/Kigali' });
  }
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(f.formatToParts(date).find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

function dayMonthYear(locale: Locale, p: Pick<Parts, 'year' | 'month' | 'day'>): string {
  return `${p.day} ${MONTHS_SHORT[locale][p.month - 1]} ${p.year}`;
}

function clock(p: Parts, seconds: boolean): string {
  return `${pad(p.hour)}:${pad(p.minute)}${seconds ? `:${pad(p.second)}` : ''}`;
}

/** A calendar date stored as YYYY-MM-DD (already the shelter's own day): "6 Dec 2026", "6 déc. 2026", "6 uku. 2026". */
export function formatDate(locale: Locale, isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return isoDate;
  return dayMonthYear(locale, { year, month, day });
}

/** A month stored as YYYY-MM, for chart axes: "Dec 26", "déc. 26", "uku. 26". */
export function formatMonth(locale: Locale, yearMonth: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return yearMonth;
  return `${MONTHS_SHORT[locale][month - 1]} ${m[1]!.slice(2)}`;
}

/** An instant shown in the shelter's time zone: "6 Dec 2026, 16:01" in every language's own words. */
export function formatDateTime(locale: Locale, iso: string, timeZone: string, { seconds = false } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = partsIn(d, timeZone);
  return `${dayMonthYear(locale, p)}, ${clock(p, seconds)}`;
}

/** A date written the way people type it in every language here: day/month/year, "06/12/2026". */
export function formatDateNumeric(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** Whether a YYYY-MM-DD string names a real day (no 30 February). */
export function isRealDate(isoDate: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Reads a typed date: day/month/year with "/", ".", "-" or spaces ("06/12/2026", "6.12.2026"), or
 * the ISO form. Returns YYYY-MM-DD, or null when it is not a real day.
 */
export function parseTypedDate(text: string): string | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/.exec(s);
  const [y, mo, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !mo || !d) return null;
  const out = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isRealDate(out) ? out : null;
}

/** Numbers grouped the way each language groups them: 12,345 · 12 345 · 12.345. */
export function formatNumber(locale: Locale, n: number, options: Intl.NumberFormatOptions = {}): string {
  if (locale === 'rw') {
    const [int, frac] = new Intl.NumberFormat('en-US', { ...options, useGrouping: true }).format(n).split('.');
    return `${(int ?? '').replace(/,/g, '.')}${frac ? `,${frac}` : ''}`;
  }
  return new Intl.NumberFormat(INTL_TAG[locale], options).format(n);
}

/** Amounts in Rwandan francs (no minor unit): "RWF 15,000" · "15 000 RWF" · "RWF 15.000". */
export function formatRwf(locale: Locale, amount: number): string {
  const n = formatNumber(locale, Math.round(amount), { maximumFractionDigits: 0 });
  return locale === 'fr' ? `${n}\u00a0RWF` : `RWF\u00a0${n}`;
}

/** One formatter per zone: building one costs more than the query that needs today's date. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date where the shelter is (YYYY-MM-DD): sequences, ages and defaults follow its calendar, not UTC's. */
export function todayIn(timeZone: string, now: Date | number = Date.now()): string {
  try {
    let f = dayFormats.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      dayFormats.set(timeZone, f);
    }
    return f.format(now);
  } catch {
    return new Date(now).toISOString().slice(0, 10);
  }
}

/** "20261206-160130": an instant as the wall clock in a time zone reads it, for file names. */
export function wallClockStamp(at: Date, timeZone: string): string {
  const p = partsIn(at, timeZone);
  return `${p.year}${pad(p.month)}${pad(p.day)}-${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

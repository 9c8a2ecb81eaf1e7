import { useMemo } from 'react';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { useSessionStore } from '../stores/session';
import { INTL_LOCALE, useLocaleStore } from './locale-store';

function formatter(locale: string, timeZone: string, seconds: boolean): Intl.DateTimeFormat {
  const opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short', timeZone };
  try {
    return new Intl.DateTimeFormat(locale, opts);
  } catch {
    // An unknown locale tag or zone must not break a screen; English in Kigali time is a safe fallback.
    return new Intl.DateTimeFormat('en-GB', { ...opts, timeZone: DEFAULT_SETTINGS.timeZone });
  }
}

/**
 * Times are stored in UTC and shown in the shelter's time zone (Africa/Kigali by default).
 * `seconds` is for the audit log, where several entries often share a minute.
 */
export function useFormatDateTime({ seconds = false }: { seconds?: boolean } = {}): (iso: string) => string {
  const locale = useLocaleStore((s) => s.locale);
  const timeZone = useSessionStore((s) => s.settings?.timeZone ?? DEFAULT_SETTINGS.timeZone);
  return useMemo(() => {
    const f = formatter(INTL_LOCALE[locale], timeZone, seconds);
    return (iso: string) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : f.format(d);
    };
  }, [locale, timeZone, seconds]);
}

export function useTimeZone(): string {
  return useSessionStore((s) => s.settings?.timeZone ?? DEFAULT_SETTINGS.timeZone);
}

/**
 * Calendar dates (admission, discharge) are stored as YYYY-MM-DD already in the shelter's
 * own day, so they are formatted at UTC midnight: shifting them through the settings time
 * zone would move a date one day back anywhere west of Greenwich.
 */
export function useFormatDate(): (isoDate: string) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(() => {
    let f: Intl.DateTimeFormat;
    try {
      f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
    }
    return (isoDate: string) => {
      const d = new Date(`${isoDate}T00:00:00Z`);
      return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && !Number.isNaN(d.getTime()) ? f.format(d) : isoDate;
    };
  }, [locale]);
}

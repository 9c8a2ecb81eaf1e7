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

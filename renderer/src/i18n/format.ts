import { useMemo } from 'react';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { formatDate, formatDateTime, formatNumber, formatRwf } from '../../../shared/i18n/format';
import { useSessionStore } from '../stores/session';
import { useLocaleStore } from './locale-store';

/**
 * Times are stored in UTC and shown in the shelter's time zone (Africa/Kigali by default).
 * `seconds` is for the audit log, where several entries often share a minute.
 */
export function useFormatDateTime({ seconds = false }: { seconds?: boolean } = {}): (iso: string) => string {
  const locale = useLocaleStore((s) => s.locale);
  const timeZone = useSessionStore((s) => s.settings?.timeZone ?? DEFAULT_SETTINGS.timeZone);
  return useMemo(() => (iso: string) => formatDateTime(locale, iso, timeZone, { seconds }), [locale, timeZone, seconds]);
}

export function useTimeZone(): string {
  return useSessionStore((s) => s.settings?.timeZone ?? DEFAULT_SETTINGS.timeZone);
}

/**
 * Calendar dates (admission, discharge) are stored as YYYY-MM-DD already in the shelter's
 * own day, so they are shown as they are, never shifted through a time zone.
 */
export function useFormatDate(): (isoDate: string) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(() => (isoDate: string) => formatDate(locale, isoDate), [locale]);
}

/** Counts and other numbers, grouped the chosen language's way. */
export function useFormatNumber(): (n: number) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(() => (n: number) => formatNumber(locale, n), [locale]);
}

/** Amounts in Rwandan francs. */
export function useFormatRwf(): (amount: number) => string {
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(() => (amount: number) => formatRwf(locale, amount), [locale]);
}

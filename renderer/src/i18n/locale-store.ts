import { create } from 'zustand';
import { SUPPORTED_LOCALES, type Locale } from '../../../shared/domain/settings';

// Only the language choice lives in localStorage: it is not sensitive and the
// sign-in screen needs it before anything can be decrypted.
const CHOSEN_KEY = 'amizero.locale';
const DEFAULT_KEY = 'amizero.defaultLocale';

function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(v);
}

function read(key: string): Locale | null {
  try {
    const v = window.localStorage.getItem(key);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

function write(key: string, value: Locale): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage can be unavailable (private mode, quota); the choice then lasts until reload.
  }
}

interface LocaleState {
  locale: Locale;
  /** The user picked this language on this computer; the shelter default no longer overrides it. */
  chosen: boolean;
  setLocale(locale: Locale): void;
  /** The shelter's default language, applied only when nobody chose one here. */
  applyShelterDefault(locale: Locale): void;
}

export const useLocaleStore = create<LocaleState>((set, get) => ({
  locale: read(CHOSEN_KEY) ?? read(DEFAULT_KEY) ?? 'en',
  chosen: read(CHOSEN_KEY) !== null,
  setLocale(locale) {
    write(CHOSEN_KEY, locale);
    set({ locale, chosen: true });
  },
  applyShelterDefault(locale) {
    write(DEFAULT_KEY, locale);
    if (!get().chosen) set({ locale });
  },
}));

/** Language names are written in their own language so anyone can find theirs. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', rw: 'Kinyarwanda', fr: 'Français' };

/** Intl locale tags used for dates and numbers. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', rw: 'rw-RW', fr: 'fr-FR' };

import { useCallback, useEffect } from 'react';
import { translate, type MessageKey } from '../../../shared/i18n/translate';
import { useLocaleStore } from './locale-store';

type Vars = Record<string, string | number>;
/** Catalogue keys whose last part is a number (`password.strength.0`) are not in MessageKey. */
export type AnyKey = MessageKey | `password.strength.${number}`;
export type TFunction = (key: AnyKey, vars?: Vars) => string;

export function useT(): TFunction {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback((key: AnyKey, vars?: Vars) => translate(locale, key, vars), [locale]);
}

/** For code outside React (notifications fired from async handlers). */
export function tNow(key: AnyKey, vars?: Vars): string {
  return translate(useLocaleStore.getState().locale, key, vars);
}

/** Keeps <html lang> in step so screen readers pronounce the text correctly. */
export function useDocumentLanguage(): void {
  const locale = useLocaleStore((s) => s.locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}

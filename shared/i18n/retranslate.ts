import type { Locale } from '../domain/settings';
import { en } from './locales/en';
import { catalogs, leafKeys, translate } from './translate';

type Template = { key: string; pattern: RegExp; names: string[] };
const cache = new Map<Locale, Template[]>();

function templates(locale: Locale): Template[] {
  let list = cache.get(locale);
  if (!list) {
    list = leafKeys(en).map((key) => {
      const text = translate(locale, key);
      const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const parts = text.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return { key, names, pattern: new RegExp(`^${parts.join('(.+?)')}$`) };
    });
    cache.set(locale, list);
  }
  return list;
}

/**
 * A message already on screen, said again in another language: the catalogue text it came from
 * is found (placeholders capture their values) and translated anew. Text that is not from the
 * catalogue is returned unchanged.
 */
export function retranslate(text: string, from: Locale, to: Locale): string {
  if (from === to || !(from in catalogs)) return text;
  for (const { key, pattern, names } of templates(from)) {
    const m = pattern.exec(text);
    if (m) return translate(to, key, Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])));
  }
  return text;
}

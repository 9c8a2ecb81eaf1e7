import { en } from './locales/en';
import { rw } from './locales/rw';
import { fr } from './locales/fr';
import type { Locale } from '../domain/settings';
import { formatNumber } from './format';

export type Catalog = typeof en;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** Every translatable string, checked at compile time. */
export type MessageKey = Leaves<Catalog>;

/** French and Kinyarwanda are typed `Catalog`: a key missing from either fails the build. */
export const catalogs: Record<Locale, Catalog> = { en, rw, fr };

/** Leaf names may contain dots themselves (audit actions such as `vault.created`). */
function lookup(catalog: unknown, key: string): string | undefined {
  if (catalog === null || typeof catalog !== 'object') return undefined;
  const node = catalog as Record<string, unknown>;
  if (Object.hasOwn(node, key) && typeof node[key] === 'string') return node[key];
  for (let i = key.indexOf('.'); i >= 0; i = key.indexOf('.', i + 1)) {
    const head = key.slice(0, i);
    const found = Object.hasOwn(node, head) ? lookup(node[head], key.slice(i + 1)) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Looks a key up in the chosen language (every catalogue is complete, checked by the compiler,
 * so there is no per-key fallback to English); interpolates `{name}` placeholders. An unknown
 * key (a programming error caught by the i18n tests) shows a neutral placeholder, not the raw key.
 */
export function translate(locale: Locale, key: MessageKey | string, vars?: Record<string, string | number>): string {
  const text = lookup(catalogs[locale] ?? en, key) ?? '…';
  if (!vars) return text;
  return plurals(locale, text, vars).replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * The ICU plural form, "{count, plural, =1 {# resident} other {# residents}}": an exact `=N`
 * branch first, then the language's plural category, then `other`; `#` is the number grouped
 * the language's way. Kinyarwanda has no plural rules in browsers, so its texts use `=1`.
 */
function plurals(locale: Locale, text: string, vars: Record<string, string | number>): string {
  return text.replace(PLURAL, (m, name: string, body: string) => {
    const n = Number(vars[name]);
    if (!(name in vars) || !Number.isFinite(n)) return m;
    const branches = new Map([...body.matchAll(BRANCH)].map((b) => [b[1]!, b[2]!]));
    let category = 'other';
    try {
      category = new Intl.PluralRules(locale).select(n);
    } catch {
      // An engine without this language's rules: `other` (and any exact branch) still apply.
    }
    const chosen = branches.get(`=${n}`) ?? branches.get(category) ?? branches.get('other') ?? '';
    return chosen.replace(/#/g, formatNumber(locale, n));
  });
}

export function hasKey(key: string): boolean {
  return lookup(en, key) !== undefined;
}

/** All leaf keys of a catalogue, for completeness tests. */
export function leafKeys(catalog: unknown, prefix = ''): string[] {
  if (catalog === null || typeof catalog !== 'object') return [];
  return Object.entries(catalog as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`),
  );
}

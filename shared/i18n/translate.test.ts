import { describe, expect, it } from 'vitest';
import { en } from './locales/en';
import { catalogs, hasKey, leafKeys, translate } from './translate';
import { SUPPORTED_LOCALES } from '../domain/settings';
import { needsReview } from './review';

/** Walks the catalogue along the path leafKeys produced (leaf names may contain dots). */
function lookup(catalog: unknown, key: string): string | undefined {
  const node = catalog as Record<string, unknown> | undefined;
  if (!node || typeof node !== 'object') return undefined;
  if (typeof node[key] === 'string') return node[key] as string;
  const dot = key.indexOf('.');
  for (let i = dot; i >= 0; i = key.indexOf('.', i + 1)) {
    const found = lookup(node[key.slice(0, i)], key.slice(i + 1));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The values a text takes, whether placed plainly ("{count}") or through a plural ("{count, plural, …}"). */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural\b)/g)].map((m) => m[1]!))].sort();
}

const enKeys = leafKeys(en);
const translations = SUPPORTED_LOCALES.filter((l) => l !== 'en');

describe('i18n catalogues', () => {
  it('English has keys and no empty strings', () => {
    expect(enKeys.length).toBeGreaterThan(0);
    for (const k of enKeys) expect(lookup(en, k)!.trim(), k).not.toBe('');
  });

  it.each(translations)('%s has every key English has (coverage printed)', (locale) => {
    const missing = enKeys.filter((k) => lookup(catalogs[locale], k) === undefined);
    const awaiting = enKeys.filter((k) => needsReview(locale, k)).length;
    console.info(
      `i18n coverage ${locale}: ${enKeys.length - missing.length}/${enKeys.length} keys` +
        ` (${(((enKeys.length - missing.length) / enKeys.length) * 100).toFixed(1)}%), ${awaiting} awaiting a native speaker's review`,
    );
    expect(missing).toEqual([]);
  });

  it.each(translations)('%s has no key that English lacks', (locale) => {
    const stray = leafKeys(catalogs[locale]).filter((k) => !hasKey(k));
    expect(stray).toEqual([]);
  });

  it.each(translations)('%s uses exactly the placeholders of the English text', (locale) => {
    const mismatched = leafKeys(catalogs[locale])
      .filter(hasKey)
      .filter((k) => placeholders(lookup(catalogs[locale], k)!).join() !== placeholders(lookup(en, k)!).join());
    expect(mismatched).toEqual([]);
  });

  it.each(translations)('%s has no empty translations', (locale) => {
    const empty = leafKeys(catalogs[locale]).filter((k) => !lookup(catalogs[locale], k)!.trim());
    expect(empty).toEqual([]);
  });
});

describe('translate', () => {
  it('uses the chosen language when it has the key', () => {
    for (const locale of translations) {
      const k = leafKeys(catalogs[locale]).find(hasKey);
      if (!k) continue;
      expect(translate(locale, k)).toBe(lookup(catalogs[locale], k));
    }
  });

  it('gives an unknown locale English, not a crash', () => {
    expect(translate('xx' as never, 'errors.INTERNAL')).toBe(en.errors.INTERNAL);
  });

  it('returns the English text for every English key', () => {
    const wrong = enKeys.filter((k) => translate('en', k) !== lookup(en, k));
    expect(wrong).toEqual([]);
  });

  it('never shows a raw key, in any language, for known or unknown keys', () => {
    for (const locale of SUPPORTED_LOCALES) {
      for (const k of enKeys) {
        const text = translate(locale, k);
        expect(text, `${locale} ${k}`).not.toBe(k);
        expect(text.trim(), `${locale} ${k}`).not.toBe('');
      }
      for (const k of ['errors.NO_SUCH_CODE', 'nope', 'errors', 'audit.action']) {
        const text = translate(locale, k);
        expect(text).not.toContain(k);
        expect(text.trim()).not.toBe('');
      }
    }
  });

  it('finds labels whose own name contains a dot (audit actions)', () => {
    expect(translate('en', 'audit.action.vault.created')).toBe(en.audit.action['vault.created']);
    expect(translate('fr', 'audit.action.user.role_changed')).toBe('Rôle changé');
    expect(hasKey('audit.action.settings.changed')).toBe(true);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'errors.THROTTLED', { seconds: 30 })).toContain('30');
    expect(translate('en', 'errors.THROTTLED', { seconds: 30 })).not.toContain('{seconds}');
    expect(translate('en', 'errors.THROTTLED', {})).toContain('{seconds}');
  });
});

describe('plurals', () => {
  it('says "1 resident", never "1 residents", in every language', () => {
    expect(translate('en', 'residents.count', { count: 1 })).toBe('1 resident');
    expect(translate('en', 'residents.count', { count: 2 })).toBe('2 residents');
    expect(translate('en', 'residents.count', { count: 12345 })).toBe('12,345 residents');
    expect(translate('fr', 'residents.count', { count: 1 })).toBe('1 résident');
    expect(translate('fr', 'residents.count', { count: 0 })).toBe('0 résident');
    expect(translate('fr', 'residents.count', { count: 3 })).toBe('3 résidents');
    expect(translate('rw', 'residents.count', { count: 1 })).toBe('Uwakiriwe 1');
    expect(translate('rw', 'residents.count', { count: 1200 })).toBe('Abakiriwe 1.200');
    expect(translate('en', 'residentList.countFiltered', { count: 1 })).toBe('1 matches the filters');
    expect(translate('en', 'beds.summary', { taken: 1, total: 1, free: 0 })).toBe('1 of 1 bed taken, 0 free');
    expect(translate('en', 'beds.room.done', { name: 'Room 3', count: 1 })).toBe('Room 3 added with 1 bed.');
    expect(translate('fr', 'beds.summary', { taken: 1, total: 3, free: 2 })).toBe('1 lit occupé sur 3, 2 libres');
    expect(translate('fr', 'beds.room.done', { name: 'Chambre 3', count: 1 })).toBe('Chambre 3 ajoutée avec 1 lit.');
    expect(translate('fr', 'beds.edit.done', { name: 'Chambre 3', count: 4 })).toBe('Chambre 3 enregistrée avec 4 lits.');
  });

  it('leaves a plural whose number is missing visible rather than guessing', () => {
    expect(translate('en', 'residents.count', {})).toContain('{count, plural');
  });
});

import type { Page } from '@playwright/test';
import { en } from '../../shared/i18n/locales/en';
import { catalogs, leafKeys, translate } from '../../shared/i18n/translate';
import type { Locale } from '../../shared/domain/settings';

/**
 * English catalogue texts that must not appear on a page shown in another language: every
 * English value of two words or more that the language translates differently, as a pattern
 * (placeholders match anything).
 */
export function englishPatterns(locale: Exclude<Locale, 'en'>): { key: string; pattern: RegExp }[] {
  return leafKeys(en)
    .map((key) => ({ key, english: translate('en', key), translated: translate(locale, key) }))
    .filter(
      ({ english, translated }) =>
        english !== translated &&
        english
          .replace(/\{[^}]*\}/g, ' ')
          .trim()
          .split(/\s+/).length >= 2,
    )
    .filter(({ english }) => !english.includes('plural,'))
    .map(({ key, english }) => {
      const parts = english.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return { key, pattern: new RegExp(`^${parts.join('.+')}$`) };
    });
}

/** Visible text nodes of the page, trimmed, one per line of text. */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text) continue;
      const style = getComputedStyle(el);
      // translate="no" marks data people typed (a partner's name), not the app's own words.
      if (style.visibility === 'hidden' || style.display === 'none' || el.closest('[aria-hidden="true"], [translate="no"]')) continue;
      out.push(text);
    }
    // Labels of fields and buttons read by screen readers count as visible words too.
    for (const el of document.querySelectorAll('[aria-label], [placeholder]')) {
      for (const attr of ['aria-label', 'placeholder']) {
        const v = el.getAttribute(attr)?.trim();
        if (v) out.push(v);
      }
    }
    return out;
  });
}

/** English sentences found on the page (catalogue key and text), for a page in `locale`. */
export async function englishLeft(page: Page, locale: Exclude<Locale, 'en'>): Promise<string[]> {
  const patterns = englishPatterns(locale);
  const texts = await visibleTexts(page);
  const found = new Set<string>();
  for (const text of texts) for (const { key, pattern } of patterns) if (pattern.test(text)) found.add(`${key}: ${text}`);
  return [...found];
}

export { catalogs };

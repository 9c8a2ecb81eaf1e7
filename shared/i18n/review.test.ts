import { describe, expect, it } from 'vitest';
import { leafKeys } from './translate';
import { en } from './locales/en';
import { AWAITING_REVIEW, REVIEWED, needsReview } from './review';

/**
 * No validated Kinyarwanda WHO-5 was available (issue 11): its wording, and the rest of the
 * rehabilitation screens' Kinyarwanda, stay marked for a native speaker's review. French uses
 * the published WHO-5 wording and is not marked.
 */
describe('Kinyarwanda awaiting review', () => {
  it('marks every WHO-5 statement and answer, and the rehabilitation screens, for review', () => {
    const sections = ['who5', 'rehabUi', 'rehabEnums', 'rehabForms', 'rehabScreens', 'groupSession', 'sessionDrafts'];
    const keys = leafKeys(en).filter((k) => sections.includes(k.split('.')[0]!));
    expect(keys.filter((k) => k.startsWith('who5.')).length).toBeGreaterThanOrEqual(12);
    expect(keys.filter((k) => !needsReview('rw', k))).toEqual([]);
    expect(needsReview('fr', 'who5.item.1')).toBe(false);
  });

  it('lists every section of the catalogue as awaiting review or reviewed, never both', () => {
    const awaiting = new Set<string>(AWAITING_REVIEW.rw);
    const reviewed = new Set<string>(REVIEWED.rw);
    expect(Object.keys(en).filter((s) => awaiting.has(s) === reviewed.has(s))).toEqual([]);
  });
});

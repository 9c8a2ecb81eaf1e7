import { describe, expect, it } from 'vitest';
import { untouchedDraftFields } from './untouched';

describe('restoring a draft into a form already started', () => {
  const initial = { partnerId: '', categories: [] as string[], reason: '', status: 'planned' };

  it('restores every field of an untouched form', () => {
    const draft = { partnerId: 'p1', categories: ['identity'], reason: 'school', status: 'sent' };
    expect(untouchedDraftFields(draft, initial, initial)).toEqual(draft);
  });

  it('keeps what was picked or typed before the draft arrived and restores the rest', () => {
    const current = { ...initial, partnerId: 'p2', categories: ['health'] };
    const draft = { partnerId: 'p1', categories: ['identity'], reason: 'school', status: 'sent' };
    expect(untouchedDraftFields(draft, initial, current)).toEqual({ reason: 'school', status: 'sent' });
  });

  it('treats a field typed back to its initial value as untouched', () => {
    const current = { ...initial, categories: [] };
    expect(untouchedDraftFields({ categories: ['legal'] }, initial, current)).toEqual({ categories: ['legal'] });
  });
});

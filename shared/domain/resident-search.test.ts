import { describe, expect, it } from 'vitest';
import { editDistance, foldText, fuzzyBudget, nameTokens, normaliseIdNumber, normalisePhone } from './resident-search';

describe('search normalisation', () => {
  it('folds case, accents, apostrophes and hyphens', () => {
    expect(foldText('  Hélène  MUKAMANA ')).toBe('helene mukamana');
    expect(foldText("Nyira-Habimana N'Dayisaba")).toBe('nyirahabimana ndayisaba');
    expect(foldText('Immaculée, Béatrice')).toBe('immaculee beatrice');
  });

  it('splits names into distinct words of two letters or more', () => {
    expect(nameTokens('Aline', 'Uwimana', 'Mama Keza', undefined, 'A', 'aline')).toEqual(['aline', 'uwimana', 'mama', 'keza']);
  });

  it('treats +250 and leading-zero phone formats as the same number', () => {
    expect(normalisePhone('+250 788 123 456')).toBe(normalisePhone('0788-123-456'));
    expect(normalisePhone('12')).toBeNull();
    expect(normaliseIdNumber('1 1998 7 00 123')).toBe('1199870 0123'.replace(' ', ''));
  });

  it('measures typing slips: doubled, dropped, swapped or replaced letters', () => {
    expect(editDistance('uwimana', 'uwimanna')).toBe(1);
    expect(editDistance('mukamana', 'mukamama')).toBe(1);
    expect(editDistance('niyonsaba', 'niyonsaab')).toBe(1);
    expect(editDistance('uwimana', 'mukamana')).toBeGreaterThan(2);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect([fuzzyBudget('uwa'), fuzzyBudget('grace'), fuzzyBudget('mukandayisenga')]).toEqual([0, 1, 2]);
  });
});

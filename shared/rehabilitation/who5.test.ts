import { describe, expect, it } from 'vitest';
import { who5Band, who5Score } from './who5';

describe('WHO-5 scoring', () => {
  it('multiplies the raw sum by four', () => {
    expect(who5Score([0, 0, 0, 0, 0])).toBe(0);
    expect(who5Score([5, 5, 5, 5, 5])).toBe(100);
    expect(who5Score([3, 2, 4, 1, 3])).toBe(52);
  });

  it('refuses items outside 0–5, fractions and the wrong number of items', () => {
    expect(() => who5Score([6, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => who5Score([-1, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => who5Score([2.5, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => who5Score([1, 1, 1, 1])).toThrow(RangeError);
    expect(() => who5Score([1, 1, 1, 1, 1, 1])).toThrow(RangeError);
  });

  it('bands the score at the screening thresholds', () => {
    expect(who5Band(28)).toBe('likely_depression');
    expect(who5Band(32)).toBe('poor');
    expect(who5Band(50)).toBe('poor');
    expect(who5Band(52)).toBe('good');
  });
});

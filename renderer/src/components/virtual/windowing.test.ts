import { describe, expect, it } from 'vitest';
import { rowForKey, scrollToShow, visibleRange } from './windowing';

describe('visibleRange', () => {
  it('renders only what shows plus the overscan, whatever the total', () => {
    expect(visibleRange(0, 440, 44, 100_000, 5)).toEqual({ start: 0, end: 16 });
    const deep = visibleRange(44 * 50_000, 440, 44, 100_000, 5);
    expect(deep).toEqual({ start: 49_995, end: 50_016 });
    expect(visibleRange(44 * 99_999, 440, 44, 100_000, 5).end).toBe(100_000);
  });

  it('is empty for an empty list', () => {
    expect(visibleRange(0, 440, 44, 0, 5)).toEqual({ start: 0, end: 0 });
  });
});

describe('rowForKey', () => {
  it('moves by one, by a page, and to either end without leaving the list', () => {
    expect(rowForKey('ArrowDown', -1, 10, 5)).toBe(0);
    expect(rowForKey('ArrowDown', 9, 10, 5)).toBe(9);
    expect(rowForKey('ArrowUp', 0, 10, 5)).toBe(0);
    expect(rowForKey('PageDown', 2, 10, 5)).toBe(6);
    expect(rowForKey('PageUp', 2, 10, 5)).toBe(0);
    expect(rowForKey('Home', 7, 10, 5)).toBe(0);
    expect(rowForKey('End', 0, 10, 5)).toBe(9);
    expect(rowForKey('a', 0, 10, 5)).toBeNull();
    expect(rowForKey('End', 0, 0, 5)).toBeNull();
  });
});

describe('scrollToShow', () => {
  it('scrolls only when the row is outside the viewport', () => {
    expect(scrollToShow(5, 0, 440, 44)).toBe(0);
    expect(scrollToShow(20, 0, 440, 44)).toBe(21 * 44 - 440);
    expect(scrollToShow(2, 440, 440, 44)).toBe(88);
  });
});

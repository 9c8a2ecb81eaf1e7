import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatRwf, parseTypedDate, formatDateNumeric, formatMonth } from './format';

describe('formatting by language', () => {
  const instant = '2026-12-06T14:01:30Z'; // 16:01:30 in Kigali

  it('writes Kinyarwanda dates day first on a 24-hour clock, not in US order', () => {
    expect(formatDateTime('rw', instant, 'Africa/Kigali')).toBe('6 uku. 2026, 16:01');
    expect(formatDateTime('rw', instant, 'Africa/Kigali')).not.toMatch(/PM|Dec 6/);
  });

  it('writes English and French dates in their own words, in the shelter time zone', () => {
    expect(formatDateTime('en', instant, 'Africa/Kigali')).toBe('6 Dec 2026, 16:01');
    expect(formatDateTime('fr', instant, 'Africa/Kigali')).toBe('6 déc. 2026, 16:01');
    expect(formatDateTime('en', instant, 'Africa/Kigali', { seconds: true })).toBe('6 Dec 2026, 16:01:30');
    expect(formatDateTime('en', instant, 'UTC')).toBe('6 Dec 2026, 14:01');
  });

  it('shows calendar dates without moving them a day, and leaves junk as typed', () => {
    expect(formatDate('en', '2026-01-31')).toBe('31 Jan 2026');
    expect(formatDate('rw', '2026-01-31')).toBe('31 mut. 2026');
    expect(formatDate('fr', '2026-02-01')).toBe('1 févr. 2026');
    expect(formatDate('en', 'soon')).toBe('soon');
  });

  it('groups numbers and RWF amounts by language', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('fr', 1234567).replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatNumber('rw', 1234567)).toBe('1.234.567');
    expect(formatNumber('rw', 1234.5, { maximumFractionDigits: 1 })).toBe('1.234,5');
    expect(formatRwf('en', 15000)).toBe('RWF\u00a015,000');
    expect(formatRwf('rw', 15000)).toBe('RWF\u00a015.000');
    expect(formatRwf('fr', 15000).replace(/\s/g, ' ')).toBe('15 000 RWF');
  });

  it('reads typed dates day first, in any common separator, and refuses impossible days', () => {
    expect(parseTypedDate('06/12/2026')).toBe('2026-12-06');
    expect(parseTypedDate('6.12.2026')).toBe('2026-12-06');
    expect(parseTypedDate('6-12-2026')).toBe('2026-12-06');
    expect(parseTypedDate(' 2026-12-06 ')).toBe('2026-12-06');
    expect(parseTypedDate('30/02/2026')).toBeNull();
    expect(parseTypedDate('12/2026')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
    expect(formatDateNumeric('2026-12-06')).toBe('06/12/2026');
  });
});

describe('formatMonth', () => {
  it('names a chart month in each language, Kinyarwanda included (browsers have none)', () => {
    expect(formatMonth('en', '2026-12')).toBe('Dec 26');
    expect(formatMonth('fr', '2026-02')).toBe('févr. 26');
    expect(formatMonth('rw', '2026-12')).toBe('uku. 26');
    expect(formatMonth('rw', '2026-13')).toBe('2026-13');
  });
});

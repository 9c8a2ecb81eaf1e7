import { describe, expect, it } from 'vitest';
import { addMonths, monthGrid, weekdayFromMonday } from './date-grid';

describe('calendar grid', () => {
  it('starts every week on Monday', () => {
    // 1 December 2026 is a Tuesday: the first row starts with an empty Monday.
    const weeks = monthGrid('2026-12-15');
    expect(weeks[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weeks.at(-1)!.filter(Boolean).at(-1)).toBe('2026-12-31');
    expect(weekdayFromMonday('2026-12-07')).toBe(0);
    expect(weekdayFromMonday('2026-12-06')).toBe(6);
  });

  it('moves by month without spilling over the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
});

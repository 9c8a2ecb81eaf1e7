import { describe, expect, it } from 'vitest';
import { attendanceRate, countsForAttendance, goalsProgress } from './progress';

describe('a resident’s progress figures (Counselling tab and reports alike)', () => {
  it('counts only the sessions that were hers to attend: not those still scheduled or cancelled by staff', () => {
    expect(countsForAttendance('scheduled')).toBe(false);
    expect(countsForAttendance('cancelled_by_staff')).toBe(false);
    expect(countsForAttendance('cancelled_by_resident')).toBe(true);
    expect(countsForAttendance('missed')).toBe(true);
    const sessions = ['attended', 'attended', 'missed', 'cancelled_by_staff', 'scheduled', 'cancelled_by_resident'] as const;
    expect(attendanceRate(sessions.map((attendance) => ({ attendance })))).toBe(50);
  });

  it('has no rate without a session that counts', () => {
    expect(attendanceRate([])).toBeNull();
    expect(attendanceRate([{ attendance: 'cancelled_by_staff' }, { attendance: 'scheduled' }])).toBeNull();
  });

  it('sets goals achieved against the goals still planned: a dropped goal is no longer planned', () => {
    const goals = (['achieved', 'in_progress', 'dropped', 'not_started', 'achieved'] as const).map((status) => ({ status }));
    expect(goalsProgress(goals)).toEqual({ achieved: 2, planned: 4 });
    expect(goalsProgress([])).toEqual({ achieved: 0, planned: 0 });
  });
});

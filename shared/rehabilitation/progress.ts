import type { Attendance, GoalStatus } from '../enums/rehabilitation';

/**
 * A resident's progress figures, one definition for the Counselling tab and the reports.
 * Sessions still only scheduled, or cancelled by staff, were not hers to attend or miss.
 */
export function countsForAttendance(attendance: Attendance | (string & {})): boolean {
  return attendance !== 'scheduled' && attendance !== 'cancelled_by_staff';
}

/** Attended sessions as a whole percent of those that count; null when none counts yet. */
export function attendanceRate(sessions: readonly { attendance: Attendance }[]): number | null {
  const counted = sessions.filter((s) => countsForAttendance(s.attendance));
  if (counted.length === 0) return null;
  return Math.round((100 * counted.filter((s) => s.attendance === 'attended').length) / counted.length);
}

/** Goals achieved against goals planned; a dropped goal (with its reason) is no longer planned. */
export function goalsProgress(goals: readonly { status: GoalStatus }[]): { achieved: number; planned: number } {
  const planned = goals.filter((g) => g.status !== 'dropped');
  return { achieved: planned.filter((g) => g.status === 'achieved').length, planned: planned.length };
}

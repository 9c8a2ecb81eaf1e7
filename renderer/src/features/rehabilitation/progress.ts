import type { SessionView } from '../../../../shared/domain/rehab-sessions';

/** Attended sessions as a share of those recorded (scheduled ones aside), in whole percent. */
export function attendanceRate(sessions: readonly Pick<SessionView, 'attendance'>[]): number {
  const recorded = sessions.filter((s) => s.attendance !== 'scheduled');
  if (recorded.length === 0) return 0;
  return Math.round((100 * recorded.filter((s) => s.attendance === 'attended').length) / recorded.length);
}

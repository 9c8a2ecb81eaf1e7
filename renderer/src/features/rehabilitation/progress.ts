import { wallClockOf } from '../../../../shared/i18n/zoned-time';

type Scored = { startsAt: string; clinical: { who5Score: number | null; distress: number | null } | null };
export type ChartPoint = { day: string; date: string; who5: number | null; distress: number | null; milestone: boolean };

/**
 * The progress chart's points, by the shelter's day: scored sessions, and each goal target
 * date from the first scored session on (future ones too, to show where she is heading).
 * The chart's time axis is made of these points, so a milestone needs a point of its own for
 * its line to be drawn.
 */
export function chartPoints(
  sessions: readonly Scored[],
  milestones: readonly string[],
  { timeZone, formatDate }: { timeZone: string; formatDate: (day: string) => string },
): ChartPoint[] {
  const points: Omit<ChartPoint, 'date'>[] = sessions
    .filter((s) => s.clinical && (s.clinical.who5Score !== null || s.clinical.distress !== null))
    .map((s) => ({
      day: wallClockOf(s.startsAt, timeZone).date,
      who5: s.clinical!.who5Score,
      distress: s.clinical!.distress,
      milestone: false,
    }));
  const first = points.reduce((min, p) => (p.day < min ? p.day : min), points[0]?.day ?? '');
  for (const day of new Set(milestones)) {
    if (!first || day < first) continue;
    const same = points.filter((p) => p.day === day);
    if (same.length) for (const p of same) p.milestone = true;
    else points.push({ day, who5: null, distress: null, milestone: true });
  }
  return points.sort((a, b) => a.day.localeCompare(b.day)).map((p) => ({ ...p, date: formatDate(p.day) }));
}

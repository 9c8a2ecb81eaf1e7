import { wallClockOf } from '../../../../shared/i18n/zoned-time';

type Scored = { startsAt: string; clinical: { who5Score: number | null; distress: number | null } | null };
/** A goal's target date, named by the goal. */
export type Milestone = { day: string; goal: string };
/** `milestones` names the goals whose target is that day (empty for a plain session day). */
export type ChartPoint = { day: string; date: string; who5: number | null; distress: number | null; milestones: string[] };

/**
 * The progress chart's points, by the shelter's day: scored sessions, and each goal target
 * date from the first scored session on (future ones too, to show where she is heading).
 * The chart's time axis is made of these points, so a milestone needs a point of its own for
 * its line to be drawn.
 */
export function chartPoints(
  sessions: readonly Scored[],
  milestones: readonly Milestone[],
  { timeZone, formatDate }: { timeZone: string; formatDate: (day: string) => string },
): ChartPoint[] {
  const points: Omit<ChartPoint, 'date'>[] = sessions
    .filter((s) => s.clinical && (s.clinical.who5Score !== null || s.clinical.distress !== null))
    .map((s) => ({
      day: wallClockOf(s.startsAt, timeZone).date,
      who5: s.clinical!.who5Score,
      distress: s.clinical!.distress,
      milestones: [],
    }));
  const first = points.reduce((min, p) => (p.day < min ? p.day : min), points[0]?.day ?? '');
  for (const { day, goal } of milestones) {
    if (!first || day < first) continue;
    // Several sessions on one day share its place on the axis: the first carries the line.
    const same = points.find((p) => p.day === day);
    if (same) same.milestones.push(goal);
    else points.push({ day, who5: null, distress: null, milestones: [goal] });
  }
  return points.sort((a, b) => a.day.localeCompare(b.day)).map((p) => ({ ...p, date: formatDate(p.day) }));
}

import { describe, expect, it } from 'vitest';
import { chartPoints } from './progress';

const session = (startsAt: string, who5Score: number | null, distress: number | null = null) => ({
  startsAt,
  clinical: { who5Score, distress },
});

const kigali = { timeZone: 'Africa/Kigali', formatDate: (d: string) => d };

describe('the progress chart’s points', () => {
  it('puts every goal target date on the time axis, so its milestone line is drawn even between or after sessions', () => {
    const points = chartPoints(
      [session('2026-03-20T08:00:00Z', 60, 4), session('2026-01-10T08:00:00Z', 40, 7)],
      [
        { day: '2026-02-15', goal: 'Sleeps well' },
        { day: '2026-06-30', goal: 'Back to school' },
        { day: '2026-02-15', goal: 'Calls her mother' },
      ],
      { timeZone: 'Africa/Kigali', formatDate: (day) => `d:${day}` },
    );
    expect(points.map((p) => p.date)).toEqual(['d:2026-01-10', 'd:2026-02-15', 'd:2026-03-20', 'd:2026-06-30']);
    expect(points.map((p) => p.who5)).toEqual([40, null, 60, null]);
    expect(points.filter((p) => p.milestones.length).map((p) => [p.date, p.milestones])).toEqual([
      ['d:2026-02-15', ['Sleeps well', 'Calls her mother']],
      ['d:2026-06-30', ['Back to school']],
    ]);
  });

  it('leaves out sessions without a score and milestones before the first scored session', () => {
    const points = chartPoints(
      [session('2026-03-20T08:00:00Z', null), session('2026-04-01T08:00:00Z', 52)],
      [{ day: '2026-01-01', goal: 'Early' }],
      kigali,
    );
    expect(points.map((p) => p.day)).toEqual(['2026-04-01']);
  });

  it('dates a session by the shelter’s day, not the UTC one', () => {
    expect(chartPoints([session('2026-03-19T22:30:00Z', 52)], [], kigali).map((p) => p.day)).toEqual(['2026-03-20']);
  });

  it('keeps a milestone on a session day as one point', () => {
    const points = chartPoints([session('2026-04-01T08:00:00Z', 52)], [{ day: '2026-04-01', goal: 'Sleeps well' }], kigali);
    expect(points).toEqual([{ day: '2026-04-01', date: '2026-04-01', who5: 52, distress: null, milestones: ['Sleeps well'] }]);
  });
});

import { describe, expect, it } from 'vitest';
import { nextSevenDays, sessionsPerDay } from './week-days';

// Sunday 6 December 2026, 21:30 in Kigali (UTC+2).
const NOW = Date.parse('2026-12-06T19:30:00Z');

describe("the counsellor's week by day", () => {
  it('starts on the shelter’s today and runs seven days', () => {
    expect(nextSevenDays('Africa/Kigali', NOW)).toEqual([
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
    ]);
    // 23:00 UTC is already Monday in Kigali.
    expect(nextSevenDays('Africa/Kigali', Date.parse('2026-12-06T23:00:00Z'))[0]).toBe('2026-12-07');
  });

  it('counts each session on the shelter’s day and leaves out those outside the week', () => {
    const days = sessionsPerDay(
      [
        '2026-12-07T07:00:00Z', // Monday 09:00
        '2026-12-07T21:45:00Z', // Monday 23:45 in Kigali, Monday in UTC too
        '2026-12-07T22:30:00Z', // Tuesday 00:30 in Kigali, still Monday in UTC
        '2026-12-13T08:00:00Z', // the day after the week
      ],
      { timeZone: 'Africa/Kigali', now: NOW, locale: 'fr' },
    );
    expect(days.map((d) => d.sessions)).toEqual([0, 2, 1, 0, 0, 0, 0]);
    expect(days[0]!.label).toBe('di 6');
    expect(days[1]!.label).toBe('lu 7');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantFromWallClock, wallClockOf } from './zoned-time';

/**
 * The browser's zone is the laptop's setting, which may differ from the shelter's (a laptop
 * set up abroad, or left on UTC): a session typed as 10:00 is 10:00 in the shelter's zone.
 */
describe('session times in the shelter time zone, whatever the browser zone', () => {
  const saved = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'America/New_York';
  });
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('reads a typed date and time as the shelter wall clock', () => {
    expect(new Date('2026-12-06T10:00').getTimezoneOffset()).toBe(300);
    expect(instantFromWallClock('2026-12-06', '10:00', 'Africa/Kigali')).toBe('2026-12-06T08:00:00.000Z');
    expect(instantFromWallClock('2026-12-06', '01:30', 'Africa/Kigali')).toBe('2026-12-05T23:30:00.000Z');
    expect(instantFromWallClock('2026-07-01', '10:00', 'Europe/Paris')).toBe('2026-07-01T08:00:00.000Z');
    expect(instantFromWallClock('2026-12-06', '10:00', 'UTC')).toBe('2026-12-06T10:00:00.000Z');
  });

  it('refuses what is not a date or a time', () => {
    expect(instantFromWallClock('2026-02-30', '10:00', 'Africa/Kigali')).toBeNull();
    expect(instantFromWallClock('2026-12-06', '25:00', 'Africa/Kigali')).toBeNull();
    expect(instantFromWallClock('', '10:00', 'Africa/Kigali')).toBeNull();
  });

  it('shows a stored instant back as the shelter wall clock', () => {
    expect(wallClockOf('2026-12-05T23:30:00.000Z', 'Africa/Kigali')).toEqual({ date: '2026-12-06', time: '01:30' });
    expect(wallClockOf(instantFromWallClock('2026-03-29', '02:30', 'Africa/Kigali')!, 'Africa/Kigali')).toEqual({
      date: '2026-03-29',
      time: '02:30',
    });
  });
});

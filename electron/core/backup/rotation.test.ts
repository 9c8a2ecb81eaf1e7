import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isoWeekKey, parseScheduledName, planRotation, rotate, scheduledBackupName, type Candidate } from './rotation';

const DAY = 86_400_000;
const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/** Every 6 hours for `days` days back from `end` (newest first). */
function history(end: Date, days: number, everyHours = 6): Candidate[] {
  const out: Candidate[] = [];
  for (let t = end.getTime(); t > end.getTime() - days * DAY; t -= everyHours * 3_600_000) {
    const at = new Date(t);
    out.push({ name: scheduledBackupName('KGL', at), at });
  }
  return out;
}

describe('scheduled backup names', () => {
  it('round-trip, carry the site code, and never match a manual backup', () => {
    const at = new Date('2026-11-24T02:00:00Z');
    const name = scheduledBackupName('KGL', at);
    expect(name).toBe('amizero-KGL-auto-20261124-020000.age');
    expect(parseScheduledName(name, 'KGL')?.toISOString()).toBe(at.toISOString());
    expect(parseScheduledName(name, 'HUY')).toBeNull();
    expect(parseScheduledName('amizero-KGL-20261124-020000.age', 'KGL')).toBeNull();
    expect(parseScheduledName(`.${name}.partial-0a1b2c`, 'KGL')).toBeNull();
    expect(parseScheduledName('amizero-KGL-auto-20261399-020000.age', 'KGL')).toBeNull();
  });

  it('ISO weeks: Monday first, week 1 holds the first Thursday', () => {
    expect(isoWeekKey(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01'); // a Thursday
    expect(isoWeekKey(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53'); // a Friday
    expect(isoWeekKey(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01'); // a Monday
    expect(isoWeekKey(new Date('2026-11-22T23:59:59Z'))).toBe('2026-W47'); // Sunday closes the week
    expect(isoWeekKey(new Date('2026-11-23T00:00:00Z'))).toBe('2026-W48');
  });
});

describe('rotation plan', () => {
  it('keeps the newest of each of the last N days and of each of the last M weeks, nothing else', () => {
    const end = new Date('2026-11-24T18:00:00Z'); // a Tuesday
    const all = history(end, 60);
    const plan = planRotation(all, 7, 4, all[0]!.name);
    const keptDays = plan.keep.map((n) => parseScheduledName(n, 'KGL')!.toISOString());
    expect(keptDays.slice(0, 7)).toEqual([
      '2026-11-24T18:00:00.000Z',
      '2026-11-23T18:00:00.000Z',
      '2026-11-22T18:00:00.000Z',
      '2026-11-21T18:00:00.000Z',
      '2026-11-20T18:00:00.000Z',
      '2026-11-19T18:00:00.000Z',
      '2026-11-18T18:00:00.000Z',
    ]);
    // Weeks 48 and 47 are covered by the daily picks; weeks 46 and 45 keep their newest (a Sunday).
    expect(keptDays.slice(7)).toEqual(['2026-11-15T18:00:00.000Z', '2026-11-08T18:00:00.000Z']);
    expect(plan.keep.length + plan.remove.length).toBe(all.length);
    expect(new Set([...plan.keep, ...plan.remove]).size).toBe(all.length);
  });

  it('never removes the file just written, even with the smallest limits or an odd clock', () => {
    const end = new Date('2026-11-24T18:00:00Z');
    const all = history(end, 10);
    // A file "just written" whose name sorts older than the rest (the clock was set back).
    const odd = { name: scheduledBackupName('KGL', new Date('2026-01-01T00:00:00Z')), at: new Date('2026-01-01T00:00:00Z') };
    const plan = planRotation([...all, odd], 1, 0, odd.name);
    expect(plan.keep).toContain(odd.name);
    expect(plan.keep).toContain(all[0]!.name);
    expect(plan.keep).toHaveLength(2);
  });
});

describe('rotating a folder', () => {
  it('deletes only this site’s scheduled files that really are age files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'amizero-rotation-'));
    folders.push(folder);
    const age = 'age-encryption.org/v1\n-> X25519 abc\n';
    const end = new Date('2026-11-24T18:00:00Z');
    const ours = history(end, 5, 12).map((c) => c.name);
    for (const n of ours) writeFileSync(join(folder, n), age);
    const untouchable = [
      'amizero-KGL-20261101-020000.age', // a manager's own backup
      'amizero-HUY-auto-20261101-020000.age', // another site's on a shared stick
      'amizero-KGL-auto-20261102-020000.age', // our name, but not an age file
      'notes.txt',
      '.amizero-KGL-auto-20261103-020000.age.partial-abcdef', // another writer's partial
    ];
    for (const n of untouchable) writeFileSync(join(folder, n), n.includes('not') ? 'shopping list' : age);
    writeFileSync(join(folder, 'amizero-KGL-auto-20261102-020000.age'), 'not an age file at all');
    const removed = rotate(folder, 'KGL', 2, 0, ours[0]!);
    expect(removed.sort()).toEqual(
      ours
        .slice(0, 10)
        .filter((n) => ![ours[0], ours[2]].includes(n))
        .sort(),
    );
    expect(readdirSync(folder).sort()).toEqual([ours[0]!, ours[2]!, ...untouchable].sort());
  });
});

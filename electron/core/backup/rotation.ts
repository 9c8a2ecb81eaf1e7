import { closeSync, openSync, readSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION_LINE } from './age/header';

/**
 * Scheduled backups carry `-auto-` in their name, so rotation can tell them from
 * backups a manager made by hand (never touched) and from other sites' files on a
 * shared stick (the site code must match): amizero-KGL-auto-20261124-020000.age
 */
const SCHEDULED = /^amizero-([A-Z0-9]{2,6})-auto-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.age$/;

function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export function scheduledBackupName(siteCode: string, at: Date): string {
  return `amizero-${siteCode}-auto-${stampOf(at)}.age`;
}

/**
 * A scheduled incremental link names its place and the full backup it builds on, so
 * rotation can keep every file a kept restore point needs without opening any:
 * amizero-KGL-auto-20261125-020000.link-1.from-20261124-020000.age
 */
const SCHEDULED_LINK = /^amizero-([A-Z0-9]{2,6})-auto-(\d{8}-\d{6})\.link-(\d{1,6})\.from-(\d{8}-\d{6})\.age$/;

export function scheduledLinkName(siteCode: string, at: Date, sequence: number, baseAt: Date): string {
  return `amizero-${siteCode}-auto-${stampOf(at)}.link-${sequence}.from-${stampOf(baseAt)}.age`;
}

function parseStamp(stamp: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})$/.exec(stamp);
  if (!m) return null;
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** A scheduled link's time, place and base's name, or null when the name is not one of ours for this site. */
export function parseScheduledLinkName(name: string, siteCode: string): { at: Date; sequence: number; base: string } | null {
  const m = SCHEDULED_LINK.exec(name);
  if (!m || m[1] !== siteCode) return null;
  const at = parseStamp(m[2]!);
  const baseAt = parseStamp(m[4]!);
  if (!at || !baseAt) return null;
  return { at, sequence: Number(m[3]), base: scheduledBackupName(siteCode, baseAt) };
}

/** The time a scheduled backup's name records, or null when the name is not one of ours for this site. */
export function parseScheduledName(name: string, siteCode: string): Date | null {
  const m = SCHEDULED.exec(name);
  if (!m || m[1] !== siteCode) return null;
  const [, , y, mo, d, h, mi, s] = m;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** True when the file starts like an age v1 file: a name alone is not enough to delete anything. */
export function hasAgeHeader(path: string): boolean {
  const want = Buffer.from(VERSION_LINE + '\n', 'ascii');
  const got = Buffer.alloc(want.length);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    return readSync(fd, got, 0, got.length, 0) === got.length && got.equals(want);
  } finally {
    closeSync(fd);
  }
}

function dayKey(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** ISO-8601 week (Monday first; week 1 holds the year's first Thursday), in UTC like the names. */
export function isoWeekKey(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export interface Candidate {
  name: string;
  at: Date;
  /** A link: the full backup it builds on (by name) and its place in that chain. */
  link?: { base: string; sequence: number };
}

/**
 * Which scheduled backups to keep: the newest of each of the last `keepDaily` days that
 * have one, the newest of each of the last `keepWeekly` ISO weeks that have one, and
 * always `justWritten`, and whatever a kept link needs (its full backup and earlier links).
 * Everything else in `candidates` goes.
 */
export function planRotation(
  candidates: Candidate[],
  keepDaily: number,
  keepWeekly: number,
  justWritten: string,
): { keep: string[]; remove: string[] } {
  const newestFirst = [...candidates].sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
  const keep = new Set<string>([justWritten]);
  const pick = (limit: number, key: (d: Date) => string) => {
    const seen = new Set<string>();
    for (const c of newestFirst) {
      const k = key(c.at);
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      keep.add(c.name);
    }
  };
  pick(keepDaily, dayKey);
  pick(keepWeekly, isoWeekKey);
  // A kept link is a restore point only with its full backup and every link before it.
  for (const c of newestFirst.filter((x) => x.link && keep.has(x.name))) {
    keep.add(c.link!.base);
    for (const o of candidates) if (o.link?.base === c.link!.base && o.link.sequence < c.link!.sequence) keep.add(o.name);
  }
  return {
    keep: newestFirst.filter((c) => keep.has(c.name)).map((c) => c.name),
    remove: newestFirst.filter((c) => !keep.has(c.name)).map((c) => c.name),
  };
}

/**
 * Deletes this site's scheduled backups in `folder` that the plan does not keep. A file
 * is a candidate only if its name matches the scheduled pattern for this site AND it
 * starts with an age header; anything else in the folder is never looked at again.
 */
export function rotate(folder: string, siteCode: string, keepDaily: number, keepWeekly: number, justWritten: string): string[] {
  const candidates: Candidate[] = [];
  for (const name of readdirSync(folder)) {
    const link = parseScheduledLinkName(name, siteCode);
    const at = link?.at ?? parseScheduledName(name, siteCode);
    const path = join(folder, name);
    if (!at || !statSync(path, { throwIfNoEntry: false })?.isFile() || !hasAgeHeader(path)) continue;
    candidates.push({ name, at, ...(link ? { link: { base: link.base, sequence: link.sequence } } : {}) });
  }
  const { remove } = planRotation(candidates, keepDaily, keepWeekly, justWritten);
  for (const name of remove) rmSync(join(folder, name), { force: true });
  return remove;
}

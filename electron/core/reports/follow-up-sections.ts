import type { ReportSection } from '../../../shared/domain/reports';
import { countsForAttendance } from '../../../shared/rehabilitation/progress';
import { followUpReportRepo } from './follow-up-repository';
import { registerReportSection, tally, type ReportContext } from './sections';

type Figures = Omit<ReportSection, 'id' | 'available'>;

/** People per key: each person is counted once, under her one key. */
const perPerson = (keys: Map<string, string>): Figures => tally([...keys.values()].map((k) => [k]));

type Participation = Awaited<ReturnType<typeof followUpReportRepo.participations>>[number];

/**
 * Attendance and WHO-5 change read the same participations: at 100,000 residents a year holds
 * some 115,000 of them, and reading them twice was a quarter of the report. One read per
 * report (its context), shared by both sections.
 */
const participationsRead = new WeakMap<ReportContext, Promise<Participation[]>>();

function participationsOf(ctx: ReportContext): Promise<Participation[]> {
  let read = participationsRead.get(ctx);
  if (!read) {
    read = followUpReportRepo.participations(ctx.db, ctx.scope);
    participationsRead.set(ctx, read);
  }
  return read;
}

/**
 * Counselling attendance: each person with a session in the period, by the share of her
 * sessions she attended (counted as on her Counselling tab: `countsForAttendance`).
 */
export function attendanceBand(attended: number, counted: number): string {
  const share = attended / counted;
  if (share === 1) return 'all';
  if (share >= 0.5) return 'most';
  if (share > 0) return 'some';
  return 'none';
}

async function counsellingAttendance(ctx: ReportContext): Promise<Figures> {
  const tallies = new Map<string, [number, number]>();
  for (const p of await participationsOf(ctx)) {
    if (!countsForAttendance(p.attendance)) continue;
    const t = tallies.get(p.resident_id) ?? [0, 0];
    if (p.attendance === 'attended') t[0] += 1;
    t[1] += 1;
    tallies.set(p.resident_id, t);
  }
  return perPerson(new Map([...tallies].map(([id, [a, n]]) => [id, attendanceBand(a, n)])));
}

/**
 * WHO-5 change: the last score in the period less the first, for each person scored at least
 * twice. Ten points on the 0–100 scale is the change the WHO-5 literature treats as meaningful.
 */
export const WHO5_MEANINGFUL_CHANGE = 10;

export function who5Band(first: number, last: number): string {
  const d = last - first;
  if (d >= WHO5_MEANINGFUL_CHANGE) return 'improved';
  if (d <= -WHO5_MEANINGFUL_CHANGE) return 'worsened';
  return 'unchanged';
}

async function who5Change(ctx: ReportContext): Promise<Figures> {
  const scores = new Map<string, number[]>();
  for (const p of await participationsOf(ctx)) {
    if (p.who5_score === null) continue;
    scores.set(p.resident_id, [...(scores.get(p.resident_id) ?? []), p.who5_score]);
  }
  const bands = new Map<string, string>();
  for (const [id, s] of scores) if (s.length >= 2) bands.set(id, who5Band(s[0]!, s.at(-1)!));
  return perPerson(bands);
}

/** The composite reintegration score (1–5) in bands of one point; a visit that did not reach her says so. */
export function compositeBand(reached: boolean, composite: number | null): string {
  if (!reached) return 'not_reached';
  if (composite === null) return 'not_scored';
  if (composite < 2) return 'score_1_2';
  if (composite < 3) return 'score_2_3';
  if (composite < 4) return 'score_3_4';
  return 'score_4_5';
}

const reintegrationAt =
  (month: number) =>
  async (ctx: ReportContext): Promise<Figures> => {
    const latest = new Map<string, string>();
    // Oldest first, so a person visited twice for the same month is counted by the later visit.
    for (const v of await followUpReportRepo.visitsOfMonth(ctx.db, ctx.scope, month))
      latest.set(v.resident_id, compositeBand(v.reached === 1, v.composite));
    return perPerson(latest);
  };

registerReportSection('counselling_attendance', counsellingAttendance);
registerReportSection('who5_change', who5Change);
registerReportSection('reintegration_6_months', reintegrationAt(6));
registerReportSection('reintegration_12_months', reintegrationAt(12));

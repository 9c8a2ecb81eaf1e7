import type { ReportRow, ReportSection } from '../../../shared/domain/reports';
import { ctdcAgeBand, stayLengthBand, type ReportSectionId } from '../../../shared/enums/reports';
import type { AppDb } from '../db/kysely';
import { ageOnDate } from '../services/residents-consent';
import { profileCategories } from './profile-categories';
import {
  outreachReportRepo,
  reportsRepo,
  type ReportProfileRow,
  type ReportResidentRow,
  type ReportStayRow,
  type Scope,
} from './repository';

/** What every section gets: the period and the people it covers, read once per report. */
export interface ReportContext {
  db: AppDb;
  scope: Scope;
  stays: ReportStayRow[];
  /** The residents with a stay in the period, each once. */
  residents: ReportResidentRow[];
  /** Their earliest admission among those stays: the day their age is taken on. */
  admittedOn: Map<string, string>;
  profiles: ReportProfileRow[];
}

export type SectionCompute = (
  ctx: ReportContext,
) => Promise<Omit<ReportSection, 'id' | 'available'>> | Omit<ReportSection, 'id' | 'available'>;

/** Counts of keys; one person adds 1 to each distinct key she has. */
export function tally(perPerson: (readonly string[])[]): Omit<ReportSection, 'id' | 'available'> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const keys of perPerson) {
    const distinct = [...new Set(keys)];
    if (distinct.length === 0) continue;
    total += 1;
    for (const k of distinct) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const rows: ReportRow[] = [...counts].map(([key, count]) => ({ key, count }));
  rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return { total, rows };
}

const json = (s: string) => JSON.parse(s) as string[];

const categoriesOf = profileCategories;

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

/** Stays that ended inside the period. */
const dischargedIn = (ctx: ReportContext) =>
  ctx.stays.filter((s) => s.discharged_on !== null && s.discharged_on >= ctx.scope.from && s.discharged_on <= ctx.scope.to);

const BUILT_IN: Partial<Record<ReportSectionId, SectionCompute>> = {
  sex: (ctx) => tally(ctx.residents.map((r) => [r.sex ?? 'not_recorded'])),
  age_band: (ctx) => tally(ctx.residents.map((r) => [ctdcAgeBand(ageOnDate(r, ctx.admittedOn.get(r.id)!))])),
  nationality: (ctx) =>
    tally(
      ctx.residents.map((r) => {
        const n = json(r.nationalities);
        return n.length ? n : ['unknown'];
      }),
    ),
  employment_at_recruitment: (ctx) => tally(ctx.profiles.map((p) => (p.employment_at_recruitment ? [p.employment_at_recruitment] : []))),
  exploitation: (ctx) => tally(ctx.profiles.map((p) => categoriesOf(p).exploitation)),
  destination: (ctx) => tally(ctx.profiles.map((p) => json(p.exploitation_countries))),
  means_of_control: (ctx) => tally(ctx.profiles.map((p) => categoriesOf(p).meansOfControl)),
  recruitment: (ctx) => tally(ctx.profiles.map((p) => categoriesOf(p).recruitment)),
  referral_source: async (ctx) => tally((await reportsRepo.referralSources(ctx.db, ctx.scope)).map((r) => [r.source_type])),
  length_of_stay: (ctx) => tally(dischargedIn(ctx).map((s) => [stayLengthBand(daysBetween(s.admitted_on, s.discharged_on!))])),
  discharge_destination: (ctx) => tally(dischargedIn(ctx).map((s) => [s.discharge_destination ?? 'other'])),
  referrals_out: async (ctx) => tally((await reportsRepo.referralsOut(ctx.db, ctx.scope)).map((r) => [r.organisation_type])),
  // Counts of activities, not of people: each activity is one.
  outreach_activities: async (ctx) => tally((await outreachReportRepo.held(ctx.db, ctx.scope)).map((a) => [a.type])),
  outreach_reached: async (ctx) => {
    const held = await outreachReportRepo.held(ctx.db, ctx.scope);
    const sum = (f: (a: (typeof held)[number]) => number) => held.reduce((n, a) => n + f(a), 0);
    const rows = [
      { key: 'femaleUnder18', count: sum((a) => a.female_under_18) },
      { key: 'femaleAdult', count: sum((a) => a.female_adult) },
      { key: 'maleUnder18', count: sum((a) => a.male_under_18) },
      { key: 'maleAdult', count: sum((a) => a.male_adult) },
    ].filter((r) => r.count > 0);
    return { total: rows.reduce((n, r) => n + r.count, 0), rows };
  },
};

/**
 * The hook for sections whose data other parts of the app own (counselling attendance and
 * WHO-5 change from Rehabilitation; reintegration scores at 6 and 12 months from
 * Reintegration). Each registers its compute here once, at module load; a section nobody
 * registered is reported as not available, and the screens say "no figures yet".
 */
const registered = new Map<ReportSectionId, SectionCompute>();

export function registerReportSection(id: ReportSectionId, compute: SectionCompute): void {
  if (BUILT_IN[id]) throw new Error(`report section ${id} is built in`);
  registered.set(id, compute);
}

export function sectionCompute(id: ReportSectionId): SectionCompute | undefined {
  return BUILT_IN[id] ?? registered.get(id);
}

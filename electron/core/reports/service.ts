import { REPORT_VALIDATION, type Report, type ReportQuery, type ReportSection } from '../../../shared/domain/reports';
import { REPORT_SECTIONS } from '../../../shared/enums/reports';
import type { AppDb } from '../db/kysely';
import { refuseField } from '../services/residents-records';
import { reportsRepo, type Scope } from './repository';
import { sectionCompute, type ReportContext } from './sections';
// Registers the sections Rehabilitation and Reintegration feed.
import './follow-up-sections';

/** A site that no resident code and no organisation record names is a mistake, not an empty report. */
async function scopeOf(db: AppDb, q: ReportQuery): Promise<Scope> {
  if (q.site && !(await reportsRepo.knownSites(db)).includes(q.site)) refuseField('site', REPORT_VALIDATION.siteUnknown);
  return { from: q.from, to: q.to, site: q.site ?? null };
}

async function contextOf(db: AppDb, scope: Scope): Promise<ReportContext> {
  const stays = await reportsRepo.staysOverlapping(db, scope);
  const admittedOn = new Map<string, string>();
  for (const s of stays) {
    const seen = admittedOn.get(s.resident_id);
    if (!seen || s.admitted_on < seen) admittedOn.set(s.resident_id, s.admitted_on);
  }
  const ids = [...admittedOn.keys()];
  return { db, scope, stays, admittedOn, residents: await reportsRepo.residents(db, ids), profiles: await reportsRepo.profiles(db, ids) };
}

/** Every section for a period and site: aggregates only, never a row about one person. */
export async function runReport(db: AppDb, q: ReportQuery): Promise<Report> {
  const scope = await scopeOf(db, q);
  const ctx = await contextOf(db, scope);
  const sections: ReportSection[] = [];
  for (const id of REPORT_SECTIONS) {
    const compute = sectionCompute(id);
    sections.push(compute ? { id, available: true, ...(await compute(ctx)) } : { id, available: false, total: 0, rows: [] });
  }
  return { from: scope.from, to: scope.to, site: scope.site, residents: ctx.residents.length, sections };
}

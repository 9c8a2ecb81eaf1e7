import { readSettings } from '../services/settings';
import { ageOnDate, residentsConsenting } from '../services/residents-consent';
import type { AppDb } from '../db/kysely';
import { CTDC_QUASI_IDENTIFIERS, csvOf, ctdcRow, xlsxOf, type CtdcRow } from './ctdc';
import { SUPPRESSED, suppressToK } from './k-anonymity';
import { anonymisedRepo } from './anonymised-repository';
import { reportsRepo } from './repository';
import { profileCategories } from './profile-categories';
import { saveExport, type ExportContext } from './export';

export interface AnonymisedTable {
  rows: CtdcRow[];
  k: number;
  /** People whose research consent is not in force (never asked, refused, withdrawn): not in the file. */
  leftOutNoConsent: number;
  suppressedValues: number;
  droppedRecords: number;
}

/**
 * The anonymised dataset for partners and researchers: only residents whose `research`
 * consent is in force today, in the CTDC layout, suppressed to the manager's k.
 */
export async function anonymisedTable(db: AppDb): Promise<AnonymisedTable> {
  const { anonymisationK: k } = await readSettings(db);
  const people = await anonymisedRepo.people(db);
  const research = await residentsConsenting(db, 'research');
  const consenting = people.filter((p) => research.has(p.id));
  const profiles = new Map(
    (
      await reportsRepo.profiles(
        db,
        consenting.map((p) => p.id),
      )
    ).map((p) => [p.resident_id, p]),
  );
  const rows = consenting.map((p) => {
    const pr = profiles.get(p.id);
    return ctdcRow({
      admittedOn: p.first_admitted_on,
      sex: p.sex,
      age: ageOnDate(p, p.first_admitted_on),
      nationalities: JSON.parse(p.nationalities) as string[],
      categories: pr ? profileCategories(pr) : null,
      exploitationCountries: pr ? (JSON.parse(pr.exploitation_countries) as string[]) : [],
    });
  });
  const out = suppressToK(rows, CTDC_QUASI_IDENTIFIERS, k);
  // Adult or minor would narrow a suppressed age band back down: it goes with it.
  for (const r of out.rows) if (r.ageBroad === SUPPRESSED && r.majorityStatus !== '') r.majorityStatus = SUPPRESSED;
  return {
    rows: out.rows,
    k,
    leftOutNoConsent: people.length - consenting.length,
    suppressedValues: out.suppressedValues,
    droppedRecords: out.droppedRecords,
  };
}

export interface AnonymisedExportResult {
  records: number;
  k: number;
  leftOutNoConsent: number;
  suppressedValues: number;
  droppedRecords: number;
  byteSize: number;
}

/** Written as CSV or XLSX where the person chose, audited with the counts (never a row). */
export async function exportAnonymised(ctx: ExportContext, token: string, format: 'csv' | 'xlsx' = 'csv'): Promise<AnonymisedExportResult> {
  const t = await anonymisedTable(ctx.session.db);
  const summary = {
    records: t.rows.length,
    k: t.k,
    leftOutNoConsent: t.leftOutNoConsent,
    suppressedValues: t.suppressedValues,
    droppedRecords: t.droppedRecords,
  };
  const bytes = format === 'xlsx' ? await xlsxOf(t.rows) : csvOf(t.rows);
  const { byteSize } = await saveExport(ctx, token, format, bytes, {
    action: 'report.anonymised_exported',
    actorId: ctx.session.user.id,
    details: summary,
  });
  return { ...summary, byteSize };
}

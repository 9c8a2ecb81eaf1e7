import type { Sex } from '../../../shared/enums/resident';
import { ageOnDate, residentsConsenting } from '../services/residents-consent';
import type { AppDb } from '../db/kysely';
import { AppError } from '../../../shared/errors';
import { ANONYMISATION_K_MINIMUM, DEFAULT_SETTINGS, settingsSchema } from '../../../shared/domain/settings';
import { settingsRepo } from '../repositories/settings';
import { QUASI_IDENTIFIERS, anonymisedRow, csvOf, xlsxOf, type AnonymisedRow } from './htcds-rows';
import { SUPPRESSED, suppressToK } from './k-anonymity';
import { anonymisedRepo } from './anonymised-repository';
import { reportsRepo } from './repository';
import { profileValues } from './profile-categories';
import { saveExport, type ExportContext } from './export';

export interface AnonymisedTable {
  rows: AnonymisedRow[];
  k: number;
  /** People whose research consent is not in force (never asked, refused, withdrawn): not in the file. */
  leftOutNoConsent: number;
  suppressedValues: number;
  droppedRecords: number;
}

const DEFAULT_K = DEFAULT_SETTINGS.anonymisationK;

/**
 * The manager's k. Settings never store one below 5, but readSettings replaces an invalid
 * stored value with the default; an export must not quietly run at a k nobody chose.
 */
async function anonymisationK(db: AppDb): Promise<number> {
  const stored = (await settingsRepo.all(db)).anonymisationK;
  if (stored === undefined) return DEFAULT_K;
  const k = settingsSchema.shape.anonymisationK.safeParse(stored);
  if (!k.success) {
    throw new AppError('ANONYMISATION_K_INVALID', 'the stored k of the anonymised export is not a whole number of at least 5', {
      params: { k: typeof stored === 'number' ? stored : String(stored).slice(0, 20), minimum: ANONYMISATION_K_MINIMUM },
    });
  }
  return k.data;
}

/**
 * The anonymised dataset for partners and researchers: only residents whose `research`
 * consent is in force today, HTCDS fields in the CTDC layout, suppressed to the manager's k.
 */
export async function anonymisedTable(db: AppDb): Promise<AnonymisedTable> {
  const k = await anonymisationK(db);
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
    return anonymisedRow({
      admittedOn: p.first_admitted_on,
      sex: p.sex as Sex | null,
      age: ageOnDate(p, p.first_admitted_on),
      nationalities: JSON.parse(p.nationalities) as string[],
      profile: pr ? profileValues(pr) : null,
    });
  });
  const out = suppressToK(rows, QUASI_IDENTIFIERS, k);
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

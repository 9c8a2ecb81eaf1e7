import { existsSync, readFileSync } from 'node:fs';
import { settingsRepo } from '../repositories/settings';
import { join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { HTCDS_EXPORT_COLUMNS } from '../../../shared/enums/trafficking';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { chosen } from '../testing/chosen';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

/**
 * The anonymised HTCDS export (CTDC layout), on a shelter counted by hand: twelve women gave research
 * consent (eleven alike, one from Uganda), one refused it and one was never asked.
 */
const suite = useVaultTemplate({ staff: ['reporting'], ownPasswords: true });
const CANARY = 'QZXANON';
let core: Core;
let out: string;
const given = { givenOn: '2025-03-01', method: 'written', givenBy: 'resident' } as const;

beforeAll(async () => {
  core = openCore(suite.fresh('anonymised'));
  await signIn(core, suite.template.manager);
  out = suite.dirs.make('usb');
  for (let i = 0; i < 14; i++) {
    const id = (
      await core.call('residents.admit', {
        identity: {
          givenNames: `${CANARY}name${i}`,
          sex: 'female',
          dateOfBirth: '2000-06-01',
          nationalities: [i === 11 ? 'UG' : 'RW'],
          phone: `+2507889${String(10000 + i)}`,
          healthNotes: `${CANARY} note`,
        },
        origin: { country: 'RW', province: 'East', district: 'Bugesera', sector: 'Gashora', cell: 'Biryogo', village: 'Bidudu' },
        admittedOn: '2025-02-01',
      })
    ).id;
    await core.call('residents.profile.save', {
      residentId: id,
      profile: {
        exploitationTypes: ['forced_labour', 'forced_begging'],
        meansOfControl: ['withholds_documents', 'physical_threats'],
        exploitationCountries: ['AE'],
        exploitationPlace: `${CANARY} town`,
        notes: `${CANARY} account`,
      },
    });
    if (i < 12) await core.call('residents.consents.record', { residentId: id, purpose: 'research', ...given });
    if (i === 12) await core.call('residents.consents.record', { residentId: id, purpose: 'research', decision: 'refused', ...given });
  }
}, 120_000);
afterAll(() => core?.close());

const readCsv = (path: string): Promise<Record<string, string>[]> =>
  new Promise((resolve, reject) => {
    const rows: Record<string, string>[] = [];
    parseString(readFileSync(path, 'utf8'), { headers: true })
      .on('data', (r: Record<string, string>) => rows.push(r))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });

const exportTo = async (name: string) => {
  const path = join(out, name);
  const result = await core.call('reports.anonymised', { destinationToken: await chosen(core, 'reportExport', path) });
  return { path, result };
};

describe('the anonymised export', () => {
  it('holds only consenting residents, suppressed to k = 11, and says what it left out', async () => {
    const { path, result } = await exportTo('ctdc.csv');
    expect(result).toMatchObject({ records: 11, k: 11, leftOutNoConsent: 2, droppedRecords: 1, suppressedValues: 5 });
    const rows = await readCsv(path);
    expect(rows).toHaveLength(11);
    // HTCDS field names and value codes in the CTDC layout (age bands, one flag column per code).
    expect(Object.keys(rows[0]!)).toEqual([...HTCDS_EXPORT_COLUMNS]);
    expect(rows[0]).toMatchObject({
      yearOfRegistration: '2025',
      prs_Gender: 'Feminine',
      ageBroad: '24--26',
      majorityStatus: 'Adult',
      prs_Citizenship: 'RW',
      hte_Exploitation_Country: 'AE',
      vic_TraffickingStatus: '',
      vic_TypeOfExploitation_ForcedLabour: '1',
      vic_TypeOfExploitation_ForcedBegging: '1',
      vic_TypeOfExploitation_SexualExploitation: '0',
      vic_MethodsOfControl_PhysicalThreats: '1',
      vic_MethodsOfControl_ThreatensChildrenFamily: '0',
      vic_MethodsOfControl_WithholdsDocuments: '1',
      vic_MethodsOfControl_DebtBondage: '0',
    });
    const text = readFileSync(path, 'utf8');
    for (const marker of [CANARY, '+250', '788', 'Bidudu', 'Biryogo', 'Gashora', 'Bugesera', '2000-06-01', '2025-02-01'])
      expect(text).not.toContain(marker);
    const audit = (await core.call('audit.list', { limit: 20 })).find((e) => e.action === 'report.anonymised_exported')!;
    expect(audit.details).toMatchObject({ records: 11, k: 11, leftOutNoConsent: 2, suppressedValues: 5, droppedRecords: 1, format: 'csv' });
  });

  it('writes the same HTCDS columns as XLSX through the reports’ exceljs path: same columns, same rows, flags as numbers', async () => {
    const path = join(out, 'ctdc.xlsx');
    const result = await core.call('reports.anonymised', { destinationToken: await chosen(core, 'reportExport', path), format: 'xlsx' });
    expect(result).toMatchObject({ records: 11, k: 11, leftOutNoConsent: 2, droppedRecords: 1, suppressedValues: 5 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const values: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values[0]).toEqual([...HTCDS_EXPORT_COLUMNS]);
    expect(values).toHaveLength(12);
    const first = Object.fromEntries(HTCDS_EXPORT_COLUMNS.map((c, i) => [c, values[1]![i]]));
    expect(first).toMatchObject({
      yearOfRegistration: 2025,
      prs_Gender: 'Feminine',
      ageBroad: '24--26',
      prs_Citizenship: 'RW',
      vic_TypeOfExploitation_ForcedLabour: 1,
    });
    const text = JSON.stringify(values);
    for (const marker of [CANARY, '+250', 'Bidudu', 'Gashora', '2000-06-01']) expect(text).not.toContain(marker);
    const audit = (await core.call('audit.list', { limit: 20 })).find((e) => e.action === 'report.anonymised_exported')!;
    expect(audit.details).toMatchObject({ records: 11, format: 'xlsx' });
    // The name must say what the file is.
    const wrong = await expectError(core, 'reports.anonymised', {
      destinationToken: await chosen(core, 'reportExport', join(out, 'ctdc-wrong.csv')),
      format: 'xlsx',
    });
    expect(wrong.code).toBe('DOCUMENT_EXPORT_LOCATION_INVALID');
  });

  it('follows the manager’s k, refuses k below 5, and lets the reporting role export', async () => {
    expect((await expectError(core, 'settings.update', { anonymisationK: 4 })).code).toBe('VALIDATION');
    await core.call('settings.update', { anonymisationK: 5 });
    // With k = 5 the Ugandan woman is still alone once her citizenship is suppressed: every value goes, then she does.
    const { result } = await exportTo('ctdc-k5.csv');
    expect(result).toMatchObject({ records: 11, k: 5, droppedRecords: 1 });
    await core.lock('manual');
    await signIn(core, suite.template.staff.reporting!);
    expect((await exportTo('by-reporting.csv')).result.records).toBe(11);
    expect((await expectError(core, 'settings.update', { anonymisationK: 20 })).code).toBe('PERMISSION_DENIED');
  });

  it('refuses by name, writing nothing, when the stored k is below 5 (settings never accept one; an edited vault might hold one)', async () => {
    await settingsRepo.put(core.state.session!.db, 'anonymisationK', 3, new Date().toISOString(), null);
    const path = join(out, 'k3.csv');
    const refused = await expectError(core, 'reports.anonymised', { destinationToken: await chosen(core, 'reportExport', path) });
    expect(refused).toMatchObject({ code: 'ANONYMISATION_K_INVALID', params: { k: 3, minimum: 5 } });
    expect(existsSync(path)).toBe(false);
    await settingsRepo.put(core.state.session!.db, 'anonymisationK', 11, new Date().toISOString(), null);
    expect((await exportTo('k11-again.csv')).result.k).toBe(11);
  });
});

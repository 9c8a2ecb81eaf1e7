import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { chosen } from '../testing/chosen';
import { readPdf } from '../testing/pdf-text';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

/**
 * Report exports: each format reopened with a standard reader, small counts written "<5",
 * and a canary sweep: a marker typed into every identifying and free-text field of every
 * resident appears in no exported file.
 */
const suite = useVaultTemplate({ staff: ['reporting'], ownPasswords: true });
const CANARY = 'QZXCANARY';
const period = { from: '2025-01-01', to: '2025-06-30' };

let core: Core;
let out: string;
beforeAll(async () => {
  core = openCore(suite.fresh('report-export'));
  await signIn(core, suite.template.manager);
  out = suite.dirs.make('usb');
  // Six women and one man: the women's count is shown, the man's is "<5".
  for (let i = 0; i < 7; i++) {
    const id = (
      await core.call('residents.admit', {
        identity: {
          givenNames: `${CANARY}given${i}`,
          familyName: `${CANARY}family${i}`,
          sex: i < 6 ? 'female' : 'male',
          dateOfBirth: '2001-01-01',
          phone: `+25078800${String(1000 + i)}`,
          healthNotes: `${CANARY} health`,
        },
        origin: {
          country: 'RW',
          province: 'East',
          district: 'Bugesera',
          sector: 'Gashora',
          cell: 'Biryogo',
          village: 'Bidudu',
          place: `${CANARY}place`,
        },
        referral: {
          sourceType: 'ngo',
          organisationName: `${CANARY}org`,
          referringOfficer: `${CANARY}officer`,
          caseReference: `${CANARY}ref`,
        },
        admittedOn: '2025-02-01',
      })
    ).id;
    await core.call('residents.profile.save', {
      residentId: id,
      profile: { exploitationTypes: ['forced_labour'], exploitationPlace: `${CANARY}town`, notes: `${CANARY} her account` },
    });
  }
}, 120_000);
afterAll(() => core?.close());

const exportTo = async (name: string, format: 'csv' | 'xlsx' | 'pdf', locale: 'en' | 'fr' | 'rw' = 'en') => {
  const path = join(out, name);
  await core.call('reports.export', { ...period, format, locale, destinationToken: await chosen(core, 'reportExport', path) });
  return path;
};

/** The marker, the phone numbers and the village, district and sector she comes from. */
const hasCanary = (text: string) => [CANARY, '788001', '+250', 'Bidudu', 'Biryogo', 'Gashora', 'Bugesera'].some((m) => text.includes(m));

describe('report exports', () => {
  it('writes a CSV a standard parser reads, with "<5" for small counts and no identifying text', async () => {
    const path = await exportTo('report.csv', 'csv');
    const text = readFileSync(path, 'utf8');
    const rows: string[][] = await new Promise((resolve, reject) => {
      const got: string[][] = [];
      parseString(text.replace(/^\uFEFF/, ''), { headers: false })
        .on('data', (r: string[]) => got.push(r))
        .on('error', reject)
        .on('end', () => resolve(got));
    });
    expect(rows[1]).toEqual(['Report', 'Value', 'People']);
    expect(rows).toContainEqual(['Sex', 'Female', '6']);
    expect(rows).toContainEqual(['Sex', 'Male', '<5']);
    expect(rows).toContainEqual(['Sex', 'Total', '7']);
    expect(rows).toContainEqual(['Type of exploitation', 'Forced labour', '7']);
    // Filled now, and nobody in this shelter has counselling sessions: it says so in words.
    expect(rows.find((r) => r[0] === 'Counselling attendance')![1]).toBe('Nobody is counted here for this period.');
    expect(rows.every((r) => r.length === 3)).toBe(true);
    expect(hasCanary(text)).toBe(false);
    expect(hasCanary(readFileSync(path).toString('utf16le'))).toBe(false);
  });

  it('writes an XLSX the library reopens, counts as numbers, "<5" as text, in French', async () => {
    const path = await exportTo('rapport.xlsx', 'xlsx', 'fr');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const values: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values).toContainEqual(['Sexe', 'Féminin', 6]);
    expect(values).toContainEqual(['Sexe', 'Masculin', '<5']);
    expect(hasCanary(JSON.stringify(values))).toBe(false);
  });

  it("writes a PDF through the app's one PDF path; its text holds the counts and nothing identifying", async () => {
    const path = await exportTo('report.pdf', 'pdf', 'rw');
    const pdf = await readPdf(readFileSync(path));
    expect(pdf.text).toContain('Raporo ya Amizero');
    expect(pdf.text).toContain('<5');
    expect(hasCanary(pdf.text)).toBe(false);
  });

  it('audits every export and refuses the data folder, an existing file and a wrong extension, writing nothing', async () => {
    const audit = (await core.call('audit.list', { limit: 50 })).filter((e) => e.action === 'report.exported');
    expect(audit.map((e) => e.details.format).sort()).toEqual(['csv', 'pdf', 'xlsx']);
    expect(audit[0]!.details).toMatchObject({ from: period.from, to: period.to, residents: 7 });
    const dataDir = core.state.vault.paths.dir;
    const inside = join(dataDir, 'report.csv');
    const e1 = await expectError(core, 'reports.export', {
      ...period,
      format: 'csv',
      locale: 'en',
      destinationToken: await chosen(core, 'reportExport', inside),
    });
    expect(e1.code).toBe('DOCUMENT_EXPORT_LOCATION_INVALID');
    expect(readdirSync(dataDir)).not.toContain('report.csv');
    const before = readFileSync(join(out, 'report.csv'));
    const e2 = await expectError(core, 'reports.export', {
      ...period,
      format: 'csv',
      locale: 'en',
      destinationToken: await chosen(core, 'reportExport', join(out, 'report.csv')),
    });
    expect(e2.code).toBe('DESTINATION_EXISTS');
    expect(readFileSync(join(out, 'report.csv'))).toEqual(before);
    mkdirSync(join(out, 'sub'));
    const e3 = await expectError(core, 'reports.export', {
      ...period,
      format: 'xlsx',
      locale: 'en',
      destinationToken: await chosen(core, 'reportExport', join(out, 'sub', 'report.csv')),
    });
    expect(e3.code).toBe('DOCUMENT_EXPORT_LOCATION_INVALID');
    expect(readdirSync(join(out, 'sub'))).toEqual([]);
  });

  it('lets the reporting role export too', async () => {
    await core.lock('manual');
    await signIn(core, suite.template.staff.reporting!);
    const path = await exportTo('by-reporting.csv', 'csv');
    expect(readFileSync(path, 'utf8')).toContain('"Female","6"');
  });

  it('prints the same PDF through the print path: handed over once, audited as printed with its sha256, nothing identifying', async () => {
    // Still the reporting role: printing is for those who may save the report.
    const job = await core.call('reports.print', { ...period, locale: 'en' });
    const r = await core.takePrintJob(job.printToken);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.data.length).toBe(job.byteSize);
    const pdf = await readPdf(r.data);
    expect(pdf.text).toContain('<5');
    expect(hasCanary(pdf.text)).toBe(false);
    await core.lock('manual');
    await signIn(core, suite.template.manager);
    const entry = (await core.call('audit.list', { limit: 10 })).find((e) => e.action === 'report.printed');
    expect(entry).toMatchObject({
      details: {
        from: period.from,
        to: period.to,
        residents: 7,
        format: 'pdf',
        byteSize: r.data.length,
        sha256: createHash('sha256').update(r.data).digest('hex'),
      },
    });
    const again = await core.takePrintJob(job.printToken);
    expect(again.ok || again.error.code).toBe('PRINT_JOB_UNKNOWN');
    expect((await expectError(core, 'reports.print', { from: '2025-06-30', to: '2025-01-01', locale: 'en' })).code).toBe('VALIDATION');
  });
});

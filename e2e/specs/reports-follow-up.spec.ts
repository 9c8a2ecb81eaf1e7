import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import type { TestHost } from '../host/test-host';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { readPdf } from '../../electron/core/testing/pdf-text';
import { REINTEGRATION_INDICATOR_IDS, type ReintegrationIndicator } from '../../shared/enums/reintegration';
import { addCounsellorAndStaff } from '../support/file-staff';
import { isoDaysAgo } from '../support/dates';

/*
 * The follow-up sections of a year's report with numbers worked out by hand from what is
 * seeded through the real core: counselling attendance, WHO-5 change, reintegration scores
 * at 6 and 12 months, and where residents went on leaving; then the same report saved from
 * the screen as CSV, XLSX and PDF, each read back and holding those numbers ("<5" for 1–4).
 */
const DAY = 86_400_000;
type Who5 = [number, number, number, number, number];
const who5 = (item: number): Who5 => [item, item, item, item, item]; // score = 5 × item × 4

/** Each person's sessions in the last year, oldest first: attended with a WHO-5 score, or missed. */
const COUNSELLING: Record<string, ({ who5: Who5 } | 'attended' | 'missed')[]> = {
  Alice: [{ who5: who5(1) }, { who5: who5(3) }], // all; WHO-5 20 → 60: improved
  Bella: [{ who5: who5(3) }, { who5: [2, 3, 3, 3, 3] }], // all; 60 → 56: unchanged
  Carine: ['attended'], // all
  Dative: ['attended'], // all
  Esther: ['attended', 'attended'], // all
  Fifi: ['attended', 'missed'], // half: most
  Grace: [{ who5: who5(4) }, 'missed', 'missed', { who5: who5(2) }, 'missed'], // 2 of 5: some; 80 → 40: worsened
  Hope: ['missed', 'missed'], // none
};
/** Each discharged person's reintegration visits at 6 and 12 months: the rating on every indicator, or not reached. */
const FOLLOW_UP: Record<string, { 6?: number | 'not_reached'; 12?: number | 'not_reached' }> = {
  Ines: { 6: 4, 12: 3 }, // 6: 4–5; 12: 3 to under 4
  Jeanne: { 6: 2, 12: 'not_reached' }, // 6: 2 to under 3; 12: not reached
  Keza: { 6: 'not_reached' }, // 6: not reached; no 12-month visit yet
};

async function seed(core: TestHost['core']): Promise<void> {
  await seedVault(core);
  await seedResidents(core, SEED_MANAGER, 0, [
    ...Object.keys(COUNSELLING).map((givenNames) => ({ identity: { givenNames, familyName: 'Testimana' }, admittedOn: isoDaysAgo(200) })),
    ...Object.keys(FOLLOW_UP).map((givenNames) => ({ identity: { givenNames, familyName: 'Testimana' }, admittedOn: isoDaysAgo(480) })),
  ]);
  await addCounsellorAndStaff(core);
  await core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const idOf = async (name: string) => (await core.call('residents.search', { query: `${name} Testimana` })).items[0]!.id;
  const counsellorId = (await core.call('residents.assignableStaff', {})).find((s) => s.role === 'counsellor')!.id;
  for (const [name, sessions] of Object.entries(COUNSELLING)) {
    const residentId = await idOf(name);
    for (const [i, s] of sessions.entries()) {
      await core.call('residents.sessions.save', {
        residentId,
        type: 'individual',
        startsAt: new Date(Date.now() - (150 - i * 10) * DAY).toISOString(),
        durationMinutes: 50,
        counsellorId,
        participant: s === 'missed' ? { attendance: 'missed' } : { attendance: 'attended', ...(s === 'attended' ? {} : { who5: s.who5 }) },
      });
    }
  }
  // Five leave for their families and one for a life of her own in the period; the follow-up three left before it.
  for (const [i, name] of ['Alice', 'Bella', 'Carine', 'Dative', 'Esther', 'Fifi'].entries()) {
    await core.call('residents.discharge', {
      residentId: await idOf(name),
      dischargedOn: isoDaysAgo(20),
      destination: i < 5 ? 'family' : 'independent',
    });
  }
  for (const [name, visits] of Object.entries(FOLLOW_UP)) {
    const residentId = await idOf(name);
    await core.call('residents.consents.record', {
      residentId,
      purpose: 'follow_up_contact',
      givenOn: isoDaysAgo(460),
      method: 'written',
      givenBy: 'resident',
    });
    await core.call('residents.discharge', { residentId, dischargedOn: isoDaysAgo(400), destination: 'family' });
    await core.call('residents.reintegration.startSchedule', { residentId });
    const scheduled = (await core.call('residents.reintegration.get', { residentId })).visits;
    for (const month of [6, 12] as const) {
      const outcome = visits[month];
      if (outcome === undefined) continue;
      const visit = scheduled.find((v) => v.month === month)!;
      await core.call('residents.reintegration.recordVisit', {
        visitId: visit.id,
        visitedOn: month === 6 ? isoDaysAgo(215) : isoDaysAgo(30),
        mode: 'home_visit',
        visitors: 'Social worker',
        ...(outcome === 'not_reached'
          ? { reached: false }
          : {
              reached: true,
              ratings: Object.fromEntries(REINTEGRATION_INDICATOR_IDS.map((k) => [k, outcome])) as Record<ReintegrationIndicator, number>,
            }),
      });
    }
  }
  await core.call('auth.lock', { reason: 'manual' });
}

/** A section's table as [label, count] pairs, total last. */
async function sectionRows(page: Page, title: string): Promise<string[][]> {
  const table = page.getByRole('region', { name: title }).getByRole('table', { name: title });
  await expect(table).toBeVisible();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...(r as HTMLTableRowElement).cells].map((c) => c.textContent ?? '')));
}

const sorted = (rows: string[][]) => [...rows].sort((a, b) => a[0]!.localeCompare(b[0]!));

/** The numbers worked out by hand from the seed above. */
const EXPECTED: Record<string, string[][]> = {
  'Counselling attendance': [
    ['Attended every session', '5'],
    ['Attended half or more', '1'],
    ['Attended fewer than half', '1'],
    ['Attended none', '1'],
    ['Total', '8'],
  ],
  'Change in wellbeing (WHO-5)': [
    ['Improved by 10 points or more', '1'],
    ['Changed by less than 10 points', '1'],
    ['Worsened by 10 points or more', '1'],
    ['Total', '3'],
  ],
  'Reintegration scores at 6 months': [
    ['Score 4 to 5', '1'],
    ['Score 2 to under 3', '1'],
    ['Not reached', '1'],
    ['Total', '3'],
  ],
  'Reintegration scores at 12 months': [
    ['Score 3 to under 4', '1'],
    ['Not reached', '1'],
    ['Total', '2'],
  ],
  'Where residents went on leaving': [
    ['Returned to family', '5'],
    ['Independent living', '1'],
    ['Total', '6'],
  ],
};

test('reports: the follow-up sections hold the numbers worked out from the seed, and so do the CSV, XLSX and PDF saved from the screen', async ({
  page,
  host,
}) => {
  const shot = screenshotter(page, 'reports-follow-up');
  const problems = await collectPageProblems(page);
  await seed(host.core);
  const exportDir = mkdtempSync(join(tmpdir(), 'amizero-e2e-follow-up-'));
  try {
    await test.step("the manager runs last year's report", async () => {
      await page.goto(host.url);
      await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
      await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
      await page.getByLabel('From').fill(isoDaysAgo(365));
      await page.getByLabel('To').fill(isoDaysAgo(0));
      await page.getByRole('button', { name: 'Show the report' }).click();
      await expect(page.getByText('8 people had a stay in this period.')).toBeVisible();
      for (const [title, rows] of Object.entries(EXPECTED)) {
        expect(sorted(await sectionRows(page, title)), title).toEqual(sorted(rows));
        await expect(page.getByRole('region', { name: title }).locator('.recharts-surface')).toBeVisible();
      }
      await page.getByRole('region', { name: 'Counselling attendance' }).scrollIntoViewIfNeeded();
      await shot('follow-up-sections');
    });

    await test.step('saved as CSV, XLSX and PDF from the screen, each holds the same numbers', async () => {
      for (const [format, button] of [
        ['csv', 'Save as CSV'],
        ['xlsx', 'Save as Excel (XLSX)'],
        ['pdf', 'Save as PDF'],
      ] as const) {
        host.dialogs.answer({ kind: 'reportExport', path: join(exportDir, `year.${format}`) });
        await page.getByRole('button', { name: button }).click();
        await expect(page.getByText(`Saved as year.${format}.`)).toBeVisible();
      }
      // What leaves the app writes 1–4 as "<5".
      const leaving = (n: string) => (Number(n) > 0 && Number(n) < 5 ? '<5' : n);
      const expectedLines = Object.entries(EXPECTED).flatMap(([title, rows]) =>
        rows.filter(([label]) => label !== 'Total').map(([label, n]) => [title, label!, leaving(n!)]),
      );

      const csvRows = await new Promise<string[][]>((resolve, reject) => {
        const rows: string[][] = [];
        parseString(readFileSync(join(exportDir, 'year.csv'), 'utf8').replace(/^\uFEFF/, ''))
          .on('data', (r: string[]) => rows.push(r))
          .on('error', reject)
          .on('end', () => resolve(rows));
      });
      for (const line of expectedLines) expect(csvRows, 'CSV').toContainEqual(line);

      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(exportDir, 'year.xlsx'));
      const cells: unknown[][] = [];
      book.worksheets[0]!.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
      for (const [title, label, n] of expectedLines) expect(cells, 'XLSX').toContainEqual([title, label, n === '<5' ? n : Number(n)]);

      const pdf = await readPdf(readFileSync(join(exportDir, 'year.pdf')));
      for (const title of Object.keys(EXPECTED)) expect(pdf.text, 'PDF').toContain(title);
      expect(pdf.text).toContain('Attended every session');
      expect(pdf.text).toMatch(/Returned to family\s*5/);
      for (const text of [readFileSync(join(exportDir, 'year.csv'), 'utf8'), JSON.stringify(cells), pdf.text])
        expect(text).not.toContain('Testimana');
    });
    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
});

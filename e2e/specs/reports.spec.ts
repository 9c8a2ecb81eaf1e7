import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { signIn } from '../support/screens';
import { screenshotter, SCREENSHOT_DIR } from '../support/screenshots';
import { pdfToPng } from '../support/pdf-png';
import { readPdf } from '../../electron/core/testing/pdf-text';
import { isoDaysAgo } from '../support/dates';

/*
 * Reports and the outreach log through the UI against the real core: a year's report with a
 * chart and a table per section, exported to CSV, XLSX and PDF through the save dialog, then
 * an outreach activity recorded and found with a filter.
 */

test("reports: the manager's Home charts, a chart and table per section, exported to each format; the outreach log", async ({
  page,
  host,
  context,
}) => {
  const shot = screenshotter(page, 'reports');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    ...Array.from({ length: 6 }, (_, i) => ({
      identity: {
        givenNames: `Aline${i}`,
        familyName: 'Testimana',
        sex: 'female' as const,
        dateOfBirth: '2001-05-01',
        nationalities: ['RW'],
      },
      admittedOn: isoDaysAgo(40 + i),
      referral: { sourceType: 'isange_one_stop_centre' as const },
    })),
    {
      identity: { givenNames: 'Eric', familyName: 'Habimana', sex: 'male', dateOfBirth: '1990-01-01', nationalities: ['UG'] },
      admittedOn: isoDaysAgo(30),
    },
  ]);
  const exportDir = mkdtempSync(join(tmpdir(), 'amizero-e2e-reports-'));
  try {
    await test.step('the manager runs a report for the last year', async () => {
      await page.goto(host.url);
      await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
      const year = page.getByRole('region', { name: 'The shelter this year' });
      await expect(year.getByText('7 people in the shelter today.')).toBeVisible();
      await expect(year.locator('.recharts-surface')).toHaveCount(2);
      await expect(year.getByText('Last twelve months: 7 admissions, 0 discharges.')).toBeVisible();
      await shot('manager-home');
      await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Reports' })).toBeVisible();
      await page.getByLabel('From').fill(isoDaysAgo(365));
      await page.getByRole('button', { name: 'Show the report' }).click();
      await expect(page.getByText('7 people had a stay in this period.')).toBeVisible();
      const sex = page.getByRole('region', { name: 'Sex' });
      await expect(sex.getByRole('table', { name: 'Sex' }).getByRole('row', { name: 'Female 6' })).toBeVisible();
      await expect(sex.locator('.recharts-surface')).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Counselling attendance' }).getByText('Nobody is counted here for this period.'),
      ).toBeVisible();
      await shot('report');
    });

    await test.step('a period ending before it starts is refused by name', async () => {
      await page.getByLabel('From').fill(isoDaysAgo(1));
      await page.getByLabel('To').fill(isoDaysAgo(10));
      await page.getByRole('button', { name: 'Show the report' }).click();
      await expect(page.getByText('The period ends before it starts.')).toBeVisible();
      await shot('period-reversed');
      await page.getByLabel('From').fill(isoDaysAgo(365));
      await page.getByLabel('To').fill(isoDaysAgo(0));
      await page.getByRole('button', { name: 'Show the report' }).click();
      await expect(page.getByText('7 people had a stay in this period.')).toBeVisible();
    });

    await test.step('exports to CSV, XLSX and PDF through the save dialog', async () => {
      for (const [format, button] of [
        ['csv', 'Save as CSV'],
        ['xlsx', 'Save as Excel (XLSX)'],
        ['pdf', 'Save as PDF'],
      ] as const) {
        const target = join(exportDir, `report.${format}`);
        host.dialogs.answer({ kind: 'reportExport', path: target });
        await page.getByRole('button', { name: button }).click();
        await expect(page.getByText(`Saved as report.${format}.`)).toBeVisible();
        expect(readFileSync(target).length).toBeGreaterThan(100);
      }
      const csv = readFileSync(join(exportDir, 'report.csv'), 'utf8');
      expect(csv).toContain('"Sex","Female","6"');
      expect(csv).toContain('"Sex","Male","<5"');
      expect(csv).not.toMatch(/Aline|Testimana|Habimana/);
      expect(readFileSync(join(exportDir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    });

    await test.step('prints the same report through the print path, beside Save as PDF', async () => {
      await page.getByRole('button', { name: 'Print the report' }).click();
      await expect(page.getByText(/Sent to the print dialog \(\d+ KB\)\./)).toBeVisible();
      expect(host.prints.printed).toHaveLength(1);
      const { text } = await readPdf(host.prints.printed[0]!);
      expect(text).toContain('<5');
      expect(text).not.toMatch(/Aline|Testimana|Habimana/);
      await shot('report-printed');
      expect(
        await pdfToPng(context, Buffer.from(host.prints.printed[0]!), join(SCREENSHOT_DIR, 'reports', 'printed-report.png')),
      ).toBeGreaterThan(0);
    });

    await test.step('records an outreach activity and finds it with a filter', async () => {
      await page.getByRole('navigation').getByRole('link', { name: 'Outreach' }).click();
      await expect(page.getByText('No activity recorded for these filters.')).toBeVisible();
      await page.getByRole('button', { name: 'Record an activity' }).click();
      const form = page.getByRole('region', { name: 'Record an activity' });
      await form.getByRole('combobox', { name: 'Activity' }).click();
      await page.getByRole('option', { name: 'School talk' }).click();
      await form.getByRole('combobox', { name: 'Audience' }).click();
      await page.getByRole('option', { name: 'Students' }).click();
      await form.getByRole('textbox', { name: 'Province' }).fill('East');
      await form.getByRole('textbox', { name: 'District' }).fill('Bugesera');
      await form.getByRole('textbox', { name: 'Girls (under 18)' }).fill('40');
      await form.getByRole('textbox', { name: 'Boys (under 18)' }).fill('35');
      await shot('outreach-form');
      await form.getByRole('button', { name: 'Save activity' }).click();
      const table = page.getByRole('table', { name: 'Outreach and training' });
      await expect(table.getByRole('row', { name: /School talk Bugesera Students 75/ })).toBeVisible();
      await shot('outreach-list');
    });
    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(exportDir, { recursive: true, force: true });
  }
});

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { residentIdByName } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter, SCREENSHOT_DIR } from '../support/screenshots';
import { pdfToPng } from '../support/pdf-png';
import { isoDaysAgo } from '../support/dates';

/*
 * Reintegration through the UI against the real core: a plan, a discharge, the follow-up
 * year scheduled, a visit recorded with its scores, the trajectory chart, a field sheet saved
 * through the scripted save dialog (and drawn to a PNG to look at), My visits, Home, closure.
 */
const RESIDENT = { givenNames: 'Claudine', familyName: 'Uwamahoro' };
const NAME = `${RESIDENT.givenNames} ${RESIDENT.familyName}`;

test('reintegration: plan, discharge, schedule, visit, chart, field sheet, My visits, close', async ({ page, host, context }) => {
  const shot = screenshotter(page, 'reintegration');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { givenNames: RESIDENT.givenNames, familyName: RESIDENT.familyName }, admittedOn: isoDaysAgo(60) },
  ]);
  const outDir = mkdtempSync(join(tmpdir(), 'amizero-e2e-sheet-'));
  let id = '';
  const open = async () => {
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${id}?tab=reintegration`);
    await expect(page.getByRole('heading', { level: 2, name: NAME })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reintegration plan' })).toBeVisible();
  };

  try {
    await test.step('the manager makes a plan: destination in Rwanda, household contact, risk', async () => {
      await page.goto(host.url);
      await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
      id = await residentIdByName(page, RESIDENT.familyName);
      await host.core.call('residents.consents.record', {
        residentId: id,
        purpose: 'follow_up_contact',
        givenOn: isoDaysAgo(59),
        method: 'written',
        givenBy: 'resident',
      });
      await open();
      await expect(page.getByText('No reintegration plan yet.')).toBeVisible();
      await page.getByRole('button', { name: 'Make a plan' }).click();
      const form = page.getByRole('form', { name: 'Reintegration plan' });
      await form.getByRole('combobox', { name: 'Province' }).click();
      await page.getByRole('option', { name: 'Southern Province', exact: true }).click();
      await form.getByRole('combobox', { name: 'District' }).click();
      await page.getByRole('option', { name: 'Nyamagabe', exact: true }).click();
      await form.getByRole('textbox', { name: 'Name' }).fill('Mukarugwiza Vestine');
      await form.getByRole('textbox', { name: 'Relationship to her' }).fill('Mother');
      await form.getByRole('textbox', { name: 'Her wishes, in her words' }).fill('Kwiga ubudozi no kubana na mama');
      await shot('plan-form');
      await form.getByRole('button', { name: 'Save the plan' }).click();
      await expect(page.getByText('Mukarugwiza Vestine — Mother')).toBeVisible();
      await expect(page.getByText('Follow-ups are scheduled once she has been discharged.')).toBeVisible();
      await shot('plan-saved');
    });

    await test.step('after discharge, the follow-up year is scheduled at 1, 3, 6 and 12 months', async () => {
      await host.core.call('residents.discharge', { residentId: id, dischargedOn: isoDaysAgo(10), destination: 'family' });
      await open();
      await page.getByRole('button', { name: 'Schedule follow-ups' }).click();
      const schedule = page.getByRole('table', { name: 'Follow-up year' });
      await expect(schedule.getByRole('row')).toHaveCount(4);
      for (const m of [1, 3, 6, 12]) await expect(schedule.getByText(`Month ${m}`, { exact: true })).toBeVisible();
      await shot('schedule');
    });

    await test.step('records the first visit with its ten ratings; a score appears and the chart is drawn', async () => {
      await page.getByRole('button', { name: 'Record the visit' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Record a follow-up visit' });
      await dialog.getByRole('textbox', { name: 'Who went' }).fill('Social worker and village leader');
      await dialog.getByRole('button', { name: 'Save the visit' }).click();
      await expect(dialog.getByText('She was reached: rate every indicator from 1 to 5.')).toBeVisible();
      await shot('visit-refused-without-scores');
      for (const group of await dialog.getByRole('radiogroup').all()) await group.getByRole('radio', { name: '4', exact: true }).check();
      await dialog.getByRole('radio', { name: '2', exact: true }).first().check();
      await shot('visit-form');
      await dialog.getByRole('button', { name: 'Save the visit' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByText('Economic 3.50 · Social 4.00 · Psychosocial 4.00 · Composite 3.83')).toBeVisible();
      await expect(page.locator('.recharts-surface')).toBeVisible();
      await shot('visit-recorded-chart');
    });

    await test.step('saves a field sheet for the next visit through the save dialog, and it is one page', async () => {
      const target = join(outDir, 'sheet.pdf');
      host.dialogs.answer({ kind: 'documentExport', path: target });
      await page.getByRole('button', { name: 'Field sheet (PDF)' }).first().click();
      await expect(page.getByText(/Field sheet saved/)).toBeVisible();
      expect(existsSync(target)).toBe(true);
      const pages = await pdfToPng(context, readFileSync(target), join(SCREENSHOT_DIR, 'reintegration', 'field-sheet.png'));
      expect(pages).toBe(1);
    });

    await test.step('reschedules the next visit into this week; a missing reason is refused next to the field', async () => {
      await page.getByRole('button', { name: 'Reschedule' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Reschedule the visit' });
      await dialog.getByLabel('New date').fill(isoDaysAgo(-3));
      await dialog.getByRole('button', { name: 'Reschedule' }).click();
      await expect(dialog.getByText('Required.')).toBeVisible();
      await dialog.getByRole('textbox', { name: 'Reason' }).fill('Market day: she is at home');
      await dialog.getByRole('button', { name: 'Reschedule' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByText(/Market day: she is at home/)).toBeVisible();
      await shot('rescheduled');
    });

    await test.step('My visits and Home show the follow-ups', async () => {
      await page.evaluate(() => (window.location.hash = '#/visits'));
      await expect(page.getByRole('heading', { level: 2, name: 'My visits' })).toBeVisible();
      await expect(page.getByRole('link', { name: NAME })).toBeVisible();
      await shot('my-visits');
      await page.evaluate(() => (window.location.hash = '#/'));
      await expect(page.getByRole('heading', { name: 'Visits overdue' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Visits due this week' })).toBeVisible();
      await shot('home-cards');
    });

    await test.step('closes the case: a banner says it is read-only except for a manager', async () => {
      await open();
      await page.getByRole('button', { name: 'Close the case' }).click();
      await page.getByRole('button', { name: 'Close the case' }).last().click();
      await expect(page.getByText(/Case closed on .*Read-only except for a manager/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Reopen the case' })).toBeVisible();
      await shot('closed');
    });

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

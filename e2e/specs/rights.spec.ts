import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
 * Her rights against the real core: a correction request recorded and answered from her
 * History, her access export into a chosen folder, then the manager's Rights page with the
 * processing register and a breach report for this computer, each PDF drawn to a PNG.
 */
const RESIDENT = { givenNames: 'Josiane', familyName: 'Mukamana' };

test('rights: correction, access export, processing register and breach report', async ({ page, host, context }) => {
  const shot = screenshotter(page, 'rights');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { givenNames: RESIDENT.givenNames, familyName: RESIDENT.familyName, languages: ['rw'] }, admittedOn: isoDaysAgo(40) },
  ]);
  const outDir = mkdtempSync(join(tmpdir(), 'amizero-e2e-rights-'));
  try {
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    const id = await residentIdByName(page, RESIDENT.familyName);

    await test.step('a correction request is recorded, the change linked from her History, and answered', async () => {
      await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${id}?tab=history`);
      await page.getByLabel('What she says is wrong').fill('My family name is spelled Mukamana, not Mukamana');
      await page.getByRole('button', { name: 'Save the request' }).click();
      await expect(page.getByTestId('correction')).toContainText('Open');
      await host.core.call('residents.update', {
        id,
        identity: { givenNames: RESIDENT.givenNames, familyName: 'Mukamanà', languages: ['rw'] },
      } as never);
      await page.reload();
      await page.getByRole('combobox', { name: 'Change from her history' }).click();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Link this change' }).click();
      await expect(page.getByTestId('correction')).toContainText('Family name');
      await shot('correction-linked');
      await page.getByRole('button', { name: 'Answer', exact: true }).click();
      await expect(page.getByTestId('correction')).toContainText('Corrected on');
      await shot('correction-answered');
    });

    await test.step('her access export goes into a new folder inside the one chosen, the PDF in her language', async () => {
      await page.getByRole('button', { name: 'Access export (everything held about her)' }).click();
      await expect(page.getByRole('combobox', { name: 'Language of the PDF' })).toHaveValue('Ikinyarwanda');
      await shot('export-dialog');
      host.dialogs.answer({ kind: 'accessExportFolder', path: outDir });
      await page.getByRole('button', { name: 'Choose the folder and export' }).click();
      await expect(page.getByText(/Saved in .*-access-/)).toBeVisible();
      const folder = readdirSync(outDir).find((f) => f.includes('-access-'))!;
      const pdf = readdirSync(join(outDir, folder)).find((f) => f.endsWith('.pdf'))!;
      await pdfToPng(context, readFileSync(join(outDir, folder, pdf)), join(SCREENSHOT_DIR, 'rights', 'access-export.png'));
    });

    await test.step('the Rights page: the processing register, and its PDF', async () => {
      await page.getByRole('link', { name: 'Rights' }).first().click();
      await expect(page.getByTestId('register-table')).toContainText('Counselling');
      await expect(page.getByTestId('register-table')).toContainText('60 months after closure, or as set below');
      await expect(page.getByTestId('register-retention')).toContainText('Closed: refused contact');
      await shot('register');
      const target = join(outDir, 'register.pdf');
      host.dialogs.answer({ kind: 'reportExport', path: target });
      await page.getByRole('button', { name: 'Save the register as PDF' }).click();
      await expect(page.getByText(/Register saved/)).toBeVisible();
      await pdfToPng(context, readFileSync(target), join(SCREENSHOT_DIR, 'rights', 'register.png'));
    });

    await test.step('a breach report for this computer: residents, categories, protection, deadlines, by keyboard', async () => {
      await page.getByRole('tab', { name: 'Breach report' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'List what it held' }).click();
      await expect(page.getByTestId('breach-result')).toContainText('Residents it held: 1');
      await expect(page.getByTestId('breach-counts-from')).toHaveText('Counted from this computer’s records now.');
      await shot('breach');
      const target = join(outDir, 'breach.pdf');
      host.dialogs.answer({ kind: 'reportExport', path: target });
      await page.getByRole('button', { name: 'Save the breach report as PDF' }).click();
      await expect(page.getByText(/Breach report saved/)).toBeVisible();
      await pdfToPng(context, readFileSync(target), join(SCREENSHOT_DIR, 'rights', 'breach.png'));
    });

    expect(problems.errors).toEqual([]);
    expect(problems.cspRefusals).toEqual([]);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

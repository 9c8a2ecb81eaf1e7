import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { residentIdByName } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { isoDaysAgo } from '../support/dates';

/*
 * The reintegration plan's fuller fields against the real core, for a girl of fifteen: the
 * local-authority contact from the directory, the family assessment, the support package in RWF
 * the planned exit date and the re-trafficking risk with its reasons and note; refusals land next to the field (a support line without its item,
 * the missing best-interests determination) and nothing typed is lost.
 */
const RESIDENT = { givenNames: 'Ange', familyName: 'Umutesi' };

test('reintegration plan: authority, assessment, support package, exit date, best interests for a minor', async ({ page, host }) => {
  const shot = screenshotter(page, 'reintegration-plan-form');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    {
      identity: { givenNames: RESIDENT.givenNames, familyName: RESIDENT.familyName, dateOfBirth: isoDaysAgo(15 * 365 + 30) },
      admittedOn: isoDaysAgo(50),
    },
  ]);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  const id = await residentIdByName(page, RESIDENT.familyName);
  await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${id}?tab=reintegration`);
  await page.getByRole('button', { name: 'Make a plan' }).click();
  const form = page.getByRole('form', { name: 'Reintegration plan' });

  await test.step('a support amount without its item and a minor without a determination are refused by field', async () => {
    await form.getByRole('combobox', { name: 'Province' }).click();
    await page.getByRole('option', { name: 'Southern Province', exact: true }).click();
    await form.getByRole('combobox', { name: 'District' }).click();
    await page.getByRole('option', { name: 'Nyamagabe', exact: true }).click();
    await form.getByRole('combobox', { name: 'Local authority contact' }).click();
    await page.getByRole('option', { name: 'Village authority (Umudugudu)' }).click();
    await form.getByRole('combobox', { name: 'Family tracing and assessment' }).click();
    await page.getByRole('option', { name: 'Suitable with support' }).click();
    await form.getByRole('combobox', { name: 'Re-trafficking risk' }).click();
    await page.getByRole('option', { name: 'High', exact: true }).click();
    // Mantine's pill input wraps the text field, and the wrapper takes the click.
    await form.getByRole('combobox', { name: 'Reasons for this risk' }).click({ force: true });
    await page.getByRole('option', { name: 'Recruiter still at large' }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('textbox', { name: 'About the risk' }).fill('The recruiter lives two hills away');
    await form.getByRole('button', { name: 'Add an item' }).click();
    await form.getByRole('textbox', { name: 'Amount (RWF)' }).fill('150000');
    await form.getByLabel('Planned exit date').fill(isoDaysAgo(-20));
    await form.getByRole('button', { name: 'Save the plan' }).click();
    // Core's check names the line's item (a missing enumeration value reads "Not valid.").
    await expect(form.getByText('Not valid.')).toBeVisible();
    await expect(form.getByRole('combobox', { name: 'Item' })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('textbox', { name: 'Amount (RWF)' })).toHaveValue('150 000');
    await form.getByRole('combobox', { name: 'Item' }).click();
    await page.getByRole('option', { name: 'Start-up capital' }).click();
    await form.getByRole('button', { name: 'Save the plan' }).click();
    await expect(form.getByText('She is under 18: record the best-interests determination before saving the plan.')).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'Amount (RWF)' })).toHaveValue('150 000');
    await expect(form.getByRole('textbox', { name: 'About the risk' })).toHaveValue('The recruiter lives two hills away');
    await shot('refused-best-interests');
  });

  await test.step('with the determination recorded the plan saves and shows what was typed', async () => {
    await form.getByLabel('Determined on').fill(isoDaysAgo(3));
    await form.getByRole('textbox', { name: 'Determination' }).fill('Return to her grandmother with school fees covered');
    await form.getByRole('button', { name: 'Save the plan' }).click();
    await expect(form).toHaveCount(0);
    await expect(page.getByText('Village authority (Umudugudu) — Village leader (Umudugudu)')).toBeVisible();
    await expect(page.getByText('Suitable with support')).toBeVisible();
    await expect(page.getByText(/Total: 150.000 RWF/)).toBeVisible();
    await expect(page.getByText(/Return to her grandmother with school fees covered/)).toBeVisible();
    await expect(page.getByText('High — Recruiter still at large')).toBeVisible();
    await expect(page.getByText('The recruiter lives two hills away')).toBeVisible();
    await shot('saved');
    await page.getByRole('button', { name: 'Change the plan' }).click();
    await expect(form.getByRole('combobox', { name: 'Item' })).toHaveValue('Start-up capital');
    // Saving the plan again keeps the note on the risk: the form carries every field of the plan.
    await expect(form.getByRole('textbox', { name: 'About the risk' })).toHaveValue('The recruiter lives two hills away');
    await shot('edit-again');
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

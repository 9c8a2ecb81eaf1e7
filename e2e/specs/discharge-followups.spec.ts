import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { residentIdByName } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { isoDaysAgo } from '../support/dates';

/*
 * Discharging offers to start the follow-up year (issue 12, item 1) against the real core:
 * with her follow-up contact consent the visits are scheduled from the dialog; without it the
 * refusal says what to record, and "Not now" leaves the schedule to the Reintegration tab.
 */
const WITH_CONSENT = { givenNames: 'Diane', familyName: 'Ingabire' };
const WITHOUT = { givenNames: 'Esther', familyName: 'Mukeshimana' };

async function discharge(page: Page, id: string, name: string) {
  await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${id}`);
  await page.getByRole('region', { name: 'Resident', exact: true }).getByRole('button', { name: 'Discharge' }).click();
  const dialog = page.getByRole('dialog', { name: `Discharge ${name}` });
  await dialog.getByRole('combobox', { name: 'Where she or he went' }).click();
  await page.getByRole('option', { name: 'Returned to family' }).click();
  await dialog.getByRole('textbox', { name: 'Reason or notes' }).fill('Her family is ready to receive her.');
  await dialog.getByRole('button', { name: 'Discharge' }).click();
  await expect(dialog.getByText('Schedule her follow-up visits now?')).toBeVisible();
  return dialog;
}

test('discharge offers to start the follow-up year', async ({ page, host }) => {
  const shot = screenshotter(page, 'discharge-followups');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: WITH_CONSENT, admittedOn: isoDaysAgo(40) },
    { identity: WITHOUT, admittedOn: isoDaysAgo(30) },
  ]);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);

  await test.step('with her follow-up contact consent, the visits are scheduled from the dialog', async () => {
    const id = await residentIdByName(page, WITH_CONSENT.familyName);
    await host.core.call('residents.consents.record', {
      residentId: id,
      purpose: 'follow_up_contact',
      givenOn: isoDaysAgo(39),
      method: 'written',
      givenBy: 'resident',
    });
    const dialog = await discharge(page, id, `${WITH_CONSENT.givenNames} ${WITH_CONSENT.familyName}`);
    await expect(dialog.getByRole('button', { name: 'Schedule follow-ups' })).toBeFocused();
    await shot('offer');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText('4 follow-up visits scheduled.')).toBeVisible();
    await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${id}?tab=reintegration`);
    await expect(page.getByRole('table', { name: 'Follow-up year' }).getByRole('row')).toHaveCount(4);
  });

  await test.step('without it, the refusal says what to record, nothing is scheduled, and "Not now" closes', async () => {
    const id = await residentIdByName(page, WITHOUT.familyName);
    const dialog = await discharge(page, id, `${WITHOUT.givenNames} ${WITHOUT.familyName}`);
    await dialog.getByRole('button', { name: 'Schedule follow-ups' }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: 'She has no follow-up contact consent in force' })).toBeVisible();
    await shot('offer-refused');
    await dialog.getByRole('button', { name: 'Not now' }).click();
    await expect(dialog).toHaveCount(0);
    expect((await host.core.call('residents.reintegration.get', { residentId: id })).visits).toHaveLength(0);
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';

/*
 * The two settings Reports and Reintegration read: k for the anonymised export and the
 * follow-up months, refused by name when out of range or unreadable, saved through core.
 */
test('settings: k for the anonymised export and the follow-up months, refused by name, then saved', async ({ page, host }) => {
  const shot = screenshotter(page, 'settings-fields');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  await openFromNav(page, 'Settings');

  const k = page.getByLabel('Anonymised export: smallest group of people (k, at least 5)');
  const months = page.getByLabel('Follow-up visits after discharge (months)');
  await expect(k).toHaveValue('11');
  await expect(months).toHaveValue('1, 3, 6, 12');

  await k.fill('4');
  await months.fill('1, 3, six');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Enter a number between 5 and 100.')).toBeVisible();
  await expect(page.getByText('Enter whole months from 1 to 24, separated by commas (at most 12), for example 1, 3, 6, 12.')).toBeVisible();
  await shot('refused');

  await k.fill('20');
  await months.fill('12, 2,4');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Settings saved.').first()).toBeVisible();
  // The form continues from what core stored: the months in order.
  await expect(months).toHaveValue('2, 4, 12');
  await expect(page.getByText('No unsaved changes.')).toBeVisible();
  const stored = await host.core.call('settings.get', {});
  expect(stored).toMatchObject({ anonymisationK: 20, followUpMonths: [2, 4, 12] });
  await shot('saved');
  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

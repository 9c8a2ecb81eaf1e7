import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { openFromNav, signIn } from '../support/screens';
import { focused } from '../support/residents-screens';

/*
 * Issue 16: after admitting a resident from the keyboard, focus landed on the page body.
 */
test('admission from the keyboard: focus lands on the heading of the new file', async ({ page, host }) => {
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  await openFromNav(page, 'Residents');
  await page.getByRole('link', { name: 'Admit a resident' }).click();
  await page.getByRole('textbox', { name: 'Given names' }).fill('Claudine');
  await page.getByRole('textbox', { name: 'Family name' }).fill('Uwimana');
  await page.getByRole('button', { name: 'Save now, complete later' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Claudine Uwimana is admitted' })).toBeVisible();
  await expect.poll(() => focused(page)).toBe('H2 Claudine Uwimana is admitted');
  // From there the keyboard goes on to the file, whose heading takes the focus in turn.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Open the file' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Claudine Uwimana' })).toBeVisible();
  await expect.poll(() => focused(page)).toBe('H2 Claudine Uwimana');
  expect(problems.errors).toEqual([]);
});

import { test, expect } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { openFromNav, signIn } from '../support/screens';
import { seedVault, SEED_MANAGER } from '../host/seed';

/*
 * The host serves the same strict policy as the Electron shell (no inline styles without
 * the per-load nonce, no eval). Anything refused here is refused in the app too, so each
 * screen and dialog of the Foundation is opened once and must cause no refusal at all.
 */
test('every Foundation screen runs under the strict CSP without a refusal', async ({ page, host }) => {
  const problems = await collectPageProblems(page);

  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Set up Amizero on this computer' })).toBeVisible();

  await seedVault(host.core);
  await page.reload();
  await page.getByRole('button', { name: 'Forgot password?' }).click();
  await expect(page.getByRole('heading', { name: 'Reset a manager password' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to sign-in' }).click();

  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  await expect(page.getByRole('heading', { name: `Welcome, ${SEED_MANAGER.fullName}` })).toBeVisible();
  await openFromNav(page, 'Staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a staff member' })).toBeVisible();
  await page.keyboard.press('Escape');
  await openFromNav(page, 'Settings');
  await openFromNav(page, 'Audit log');
  await page.getByRole('button', { name: 'Verify audit log' }).click();
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { expectSignInScreen, openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';

/**
 * The system locks (or the laptop sleeps) while a form is half-filled: core asks the
 * window to save and lock, then locks anyway. What was typed comes back after sign-in.
 */
test('an OS lock keeps what was typed in an open form', async ({ page, host }) => {
  const shot = screenshotter(page, 'os-lock');
  await seedVault(host.core);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  await openFromNav(page, 'Staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Full name', exact: true }).fill('Social Worker Typed Before Sleep');

  await host.core.requestLock('os');
  await expectSignInScreen(page);
  await expect(page.getByText('Social Worker Typed Before Sleep')).toHaveCount(0);
  expect((await host.core.call('app.status', {})).signedIn).toBe(false);
  await shot('locked-by-os');

  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  await openFromNav(page, 'Staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Full name', exact: true })).toHaveValue(
    'Social Worker Typed Before Sleep',
  );
  await shot('draft-restored');
});

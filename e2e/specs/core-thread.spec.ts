import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { expectSignedInAs, expectSignInScreen, openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';

/**
 * Core runs in its own thread. If that thread dies (a native fault, a bug), the window
 * drops what it showed, says plainly what happened, and the next sign-in works against
 * a fresh core thread with everything saved still there.
 */
test('the window says so when core stops, and signing in again works', async ({ page, host }) => {
  const shot = screenshotter(page, 'core-thread');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  await openFromNav(page, 'Staff');
  await expect(page.getByText('Manager One').first()).toBeVisible();

  // A fault inside core's worker that nobody catches.
  await expect(host.core.extension('crash')).rejects.toMatchObject({ code: 'CORE_STOPPED' });

  await expectSignInScreen(page);
  const note = page.getByTestId('locked-note');
  await expect(note).toContainText('Amizero stopped working for a moment and locked itself.');
  await expect(note).toHaveAttribute('role', 'alert');
  await shot('core-stopped');

  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  await expectSignedInAs(page, 'Manager One');
  await openFromNav(page, 'Staff');
  await expect(page.getByText('Manager One').first()).toBeVisible();
  await shot('signed-in-again');
  expect(problems.errors).toEqual([]);
});

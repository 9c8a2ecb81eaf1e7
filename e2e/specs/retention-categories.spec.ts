import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { expectSignedInAs, openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { isoDaysAgo } from '../support/dates';

/*
 * Retention per way of closing, against the real core: two cases closed for reasons other
 * than a discharge (refused contact, moved abroad) stay off the review list under the
 * five-year default, come onto it once the manager sets shorter periods for those two
 * reasons on the Retention page, and are handled there: one pseudonymised, one erased. A
 * case closed last month for the same reason stays off the list.
 */
const REFUSED = { givenNames: 'Uwase', familyName: 'Refusedcontact' };
const ABROAD = { givenNames: 'Mukeshimana', familyName: 'Movedabroad' };
const RECENT = { givenNames: 'Ishimwe', familyName: 'Recentclosure' };

test('retention: periods per way of closing list refused-contact and moved-abroad cases as due; pseudonymise one, erase the other', async ({
  page,
  host,
}) => {
  const shot = screenshotter(page, 'retention-categories');
  const problems = await collectPageProblems(page);
  const recoveryKey = await seedVault(host.core);
  await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const closed = async (
    who: typeof REFUSED,
    dischargedDaysAgo: number,
    closedDaysAgo: number,
    reason: 'refused_contact' | 'moved_abroad',
  ) => {
    const file = await host.core.call('residents.admit', {
      identity: { ...who, estimatedAgeYears: 24 },
      admittedOn: isoDaysAgo(dischargedDaysAgo + 60),
    });
    await host.core.call('residents.discharge', {
      residentId: file.id,
      dischargedOn: isoDaysAgo(dischargedDaysAgo),
      destination: 'family',
    });
    await host.core.call('residents.reintegration.close', { residentId: file.id, closedOn: isoDaysAgo(closedDaysAgo), reason });
    return file;
  };
  // Closed about two years and about one year ago: under the 60-month default, neither is due.
  const refused = await closed(REFUSED, 800, 700, 'refused_contact');
  const abroad = await closed(ABROAD, 420, 380, 'moved_abroad');
  const recent = await closed(RECENT, 60, 30, 'refused_contact');
  await host.core.call('auth.lock', { reason: 'manual' });

  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  await expectSignedInAs(page, SEED_MANAGER.fullName);
  await openFromNav(page, 'Retention', 'How long closed cases are kept');
  const review = page.getByRole('table', { name: 'Cases past their retention period' });
  const rowOf = (code: string) => page.getByRole('row').filter({ hasText: code });

  await test.step('under the default nothing is due', async () => {
    await expect(page.getByText('No closed case is past its retention period.')).toBeVisible();
  });

  await test.step('twelve months for refused contact, six for moved abroad: both are listed with how they closed', async () => {
    await page.getByRole('textbox', { name: 'Closed: refused contact (months)' }).fill('12');
    await page.getByRole('textbox', { name: 'Closed: moved abroad (months)' }).fill('6');
    await page.getByRole('button', { name: 'Save retention periods' }).click();
    await expect(page.getByText('Retention periods saved.')).toBeVisible();
    await expect(rowOf(refused.code)).toContainText('Closed: refused contact');
    await expect(rowOf(refused.code)).toContainText(REFUSED.givenNames);
    await expect(rowOf(abroad.code)).toContainText('Closed: moved abroad');
    await expect(rowOf(recent.code)).toHaveCount(0);
    await expect(review.getByRole('row')).toHaveCount(3);
    await shot('due-by-category');
  });

  await test.step('the refused-contact case is pseudonymised', async () => {
    await rowOf(refused.code)
      .getByRole('button', { name: `Pseudonymise… ${refused.code}` })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Pseudonymise' }).click();
    await expect(rowOf(refused.code)).toContainText('Pseudonymised');
    await expect(rowOf(refused.code)).not.toContainText(REFUSED.givenNames);
  });

  await test.step('the moved-abroad case is erased with the recovery key and her code', async () => {
    await rowOf(abroad.code)
      .getByRole('button', { name: `Erase… ${abroad.code}` })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('The recovery key', { exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey);
    await dialog.getByRole('textbox', { name: /Type her code/ }).fill(abroad.code);
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await expect(page.getByText(/Her data was erased\./)).toBeVisible();
    await expect(rowOf(abroad.code)).toHaveCount(0);
    await expect(review.getByRole('row')).toHaveCount(2);
    await shot('after-handling');
    await page.getByRole('button', { name: 'Close the notification' }).first().click();
  });

  await test.step('what the core now holds: one pseudonymised, one gone, the recent one untouched', async () => {
    const left = await host.core.call('retention.review', {});
    expect(left.map((c) => [c.code, c.category, c.pseudonymised])).toEqual([[refused.code, 'refused_contact', true]]);
  });
  expect(problems.errors).toEqual([]);
});

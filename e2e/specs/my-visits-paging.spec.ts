import { seedVault, SEED_MANAGER } from '../host/seed';
import type { TestHost } from '../host/test-host';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { isoDaysAgo } from '../support/dates';

/*
 * A manager's My visits a page at a time against the real core: 30 follow-up visits overdue
 * show 25 with the exact total; "Show more" (by keyboard) brings the other five from core
 * and goes; Home's cards count all 30.
 */
const OVERDUE = 30;
const names = Array.from({ length: OVERDUE }, (_, i) => ({ givenNames: `Paged${String(i + 1).padStart(2, '0')}`, familyName: 'Uwimana' }));

async function seed(core: TestHost['core']): Promise<void> {
  await seedVault(core);
  await seedResidents(
    core,
    SEED_MANAGER,
    0,
    names.map((identity) => ({ identity, admittedOn: isoDaysAgo(120) })),
  );
  await core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const found = (await core.call('residents.search', { query: 'Uwimana', limit: 100 })).items;
  for (const r of found) {
    const i = Number(/Paged(\d+)/.exec(JSON.stringify(r))![1]) - 1;
    await core.call('residents.consents.record', {
      residentId: r.id,
      purpose: 'follow_up_contact',
      givenOn: isoDaysAgo(100),
      method: 'written',
      givenBy: 'resident',
    });
    // PagedNN discharged 39 + NN days ago: each one's month-1 visit is overdue, Paged30's the longest.
    await core.call('residents.discharge', { residentId: r.id, dischargedOn: isoDaysAgo(40 + i), destination: 'family' });
    await core.call('residents.reintegration.startSchedule', { residentId: r.id });
  }
  await core.call('auth.lock', { reason: 'manual' });
}

test("my visits: the manager's overdue list a page at a time, with its total and show more", async ({ page, host }) => {
  const shot = screenshotter(page, 'my-visits-paging');
  const problems = await collectPageProblems(page);
  await seed(host.core);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);

  await test.step('Home counts every overdue visit', async () => {
    await expect(page.getByRole('region', { name: 'Visits overdue' }).getByText(`${OVERDUE} visits`)).toBeVisible();
  });

  await test.step('My visits shows the first 25 of 30 and the rest on request', async () => {
    await page.evaluate(() => (window.location.hash = '#/visits'));
    await expect(page.getByRole('heading', { level: 2, name: 'My visits' })).toBeVisible();
    const overdue = page.getByRole('region', { name: /^Overdue/ });
    await expect(overdue.getByRole('heading', { name: `Overdue ${OVERDUE}` })).toBeVisible();
    await expect(overdue.getByRole('table').getByRole('row')).toHaveCount(25 + 1);
    await expect(overdue.getByText(`Showing 25 of ${OVERDUE}`)).toBeVisible();
    // The oldest overdue first.
    await expect(overdue.getByRole('table').getByRole('row').nth(1)).toContainText('Paged30');
    const more = overdue.getByRole('button', { name: 'Show more: Overdue' });
    await shot('manager-first-page');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(overdue.getByRole('table').getByRole('row')).toHaveCount(OVERDUE + 1);
    await expect(more).toHaveCount(0);
    // Focus moves to the first line that arrived, not to the page's top with the button gone.
    await expect(overdue.getByRole('link', { name: 'Paged05 Uwimana' })).toBeFocused();
    await expect(overdue.getByText(/^Showing/)).toHaveCount(0);
    await expect(overdue.getByRole('table').getByRole('row').nth(OVERDUE)).toContainText('Paged01');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('manager-all-overdue');
    // The other sections have no more to show and say nothing about pages.
    await expect(page.getByRole('button', { name: /^Show more/ })).toHaveCount(0);
  });
  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import type { TestHost } from '../host/test-host';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { addCounsellorAndStaff, COUNSELLOR } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { isoDaysAgo } from '../support/dates';

/*
 * Home by role against the real core: the counsellor signs in to her week (a session coming,
 * a missed one, a plan review due, and the sessions-per-day chart), the social worker to her
 * visits overdue and due this week beside her caseload, each fed by the query behind My week
 * and My visits.
 */
const DAY = 86_400_000;
const SOCIAL = { fullName: 'Social Worker One', username: 'social1', role: 'social_worker' as const };
const SOCIAL_PASSWORD = 'Social-own-pass-88!';

async function seed(core: TestHost['core']): Promise<void> {
  await seedVault(core);
  await seedResidents(core, SEED_MANAGER, 0, [
    { identity: { givenNames: 'Aline', familyName: 'Uwase' }, admittedOn: isoDaysAgo(60) },
    { identity: { givenNames: 'Beata', familyName: 'Mukamana' }, admittedOn: isoDaysAgo(90) },
    { identity: { givenNames: 'Chantal', familyName: 'Ingabire' }, admittedOn: isoDaysAgo(120) },
    { identity: { givenNames: 'Diane', familyName: 'Uwera' }, admittedOn: isoDaysAgo(20) },
  ]);
  await addCounsellorAndStaff(core, [SOCIAL]);
  await core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const byName = async (name: string) => (await core.call('residents.search', { query: name })).items[0]!.id;
  const [aline, beata, chantal, diane] = [await byName('Uwase'), await byName('Mukamana'), await byName('Ingabire'), await byName('Uwera')];
  const staff = await core.call('residents.assignableStaff', {});
  const counsellorId = staff.find((s) => s.role === 'counsellor')!.id;
  const socialWorkerId = staff.find((s) => s.role === 'social_worker')!.id;

  // The counsellor's week: a session in two days, one missed three days ago, a plan review due tomorrow.
  const session = (residentId: string, days: number, attendance: 'scheduled' | 'missed') =>
    core.call('residents.sessions.save', {
      residentId,
      type: 'individual',
      startsAt: new Date(Date.now() + days * DAY).toISOString(),
      durationMinutes: 50,
      counsellorId,
      participant: { attendance },
    });
  await session(aline, 2, 'scheduled');
  await session(beata, -3, 'missed');
  await core.call('residents.plan.save', { residentId: aline, nextReviewOn: isoDaysAgo(-1), goals: [], baseVersion: 0 });

  // The social worker's visits: Beata's month-1 visit is overdue, Chantal's is due within the week; Diane is still here.
  for (const [residentId, dischargedDaysAgo] of [
    [beata, 45],
    [chantal, 27],
  ] as const) {
    await core.call('residents.care.update', { residentId, socialWorkerId });
    await core.call('residents.consents.record', {
      residentId,
      purpose: 'follow_up_contact',
      givenOn: isoDaysAgo(dischargedDaysAgo + 1),
      method: 'written',
      givenBy: 'resident',
    });
    await core.call('residents.discharge', { residentId, dischargedOn: isoDaysAgo(dischargedDaysAgo), destination: 'family' });
    await core.call('residents.reintegration.startSchedule', { residentId });
  }
  await core.call('residents.care.update', { residentId: diane, socialWorkerId });
  await core.call('auth.lock', { reason: 'manual' });
  await core.call('auth.signIn', { username: SOCIAL.username, password: 'Temporary-pass-2041!' });
  await core.call('auth.changePassword', { currentPassword: 'Temporary-pass-2041!', newPassword: SOCIAL_PASSWORD });
  await core.call('auth.lock', { reason: 'manual' });
}

async function lock(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();
}

test("home by role: the counsellor's week with its chart, the social worker's visits and caseload", async ({ page, host }) => {
  const shot = screenshotter(page, 'home-roles');
  const problems = await collectPageProblems(page);
  await seed(host.core);

  await test.step('the counsellor signs in to her week', async () => {
    await page.goto(host.url);
    await signIn(page, COUNSELLOR.username, COUNSELLOR.password);
    const week = page.getByRole('region', { name: 'Your week' });
    await expect(week.getByRole('heading', { name: 'Coming sessions (1)' })).toBeVisible();
    await expect(week.getByRole('region', { name: 'Coming sessions (1)' }).getByRole('link', { name: /Aline Uwase/ })).toBeVisible();
    await expect(
      week.getByRole('region', { name: 'Missed, to reschedule (1)' }).getByRole('link', { name: /Beata Mukamana/ }),
    ).toBeVisible();
    await expect(week.getByRole('region', { name: 'Plan reviews due (1)' }).getByRole('link', { name: /Aline Uwase/ })).toBeVisible();
    // The chart is its own chunk, drawn once it arrives; its words say the same for screen readers.
    await expect(week.locator('.recharts-surface')).toBeVisible();
    await expect(week.getByText('One session in the next seven days.')).toBeVisible();
    await shot('counsellor-home');
    await week
      .getByRole('region', { name: 'Missed, to reschedule (1)' })
      .getByRole('link', { name: /Beata Mukamana/ })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Beata Mukamana' })).toBeVisible();
    await lock(page);
  });

  await test.step('the social worker signs in to her visits and her caseload', async () => {
    await signIn(page, SOCIAL.username, SOCIAL_PASSWORD);
    const visits = page.getByRole('region', { name: 'Your follow-up visits' });
    await expect(visits.getByRole('region', { name: 'Overdue (1)' }).getByRole('link', { name: /Beata Mukamana/ })).toBeVisible();
    await expect(visits.getByRole('region', { name: 'Due this week (1)' }).getByRole('link', { name: /Chantal Ingabire/ })).toBeVisible();
    await expect(visits.getByRole('region', { name: 'Need attention (0)' }).getByText('None.')).toBeVisible();
    const caseload = page.getByRole('region', { name: 'My residents' });
    await expect(caseload.getByRole('link', { name: 'Diane Uwera' })).toBeVisible();
    // The visit-count cards the manager sees would repeat what her card lists.
    await expect(page.getByRole('region', { name: 'Visits overdue' })).toHaveCount(0);
    await expect(visits.locator('.recharts-surface')).toHaveCount(0);
    await shot('social-worker-home');
    await visits.getByRole('link', { name: 'Open My visits' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'My visits' })).toBeVisible();
  });
  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

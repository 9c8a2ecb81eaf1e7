import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { addCounsellorAndStaff, COUNSELLOR } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { enRehab } from '../../shared/i18n/locales/en-rehab';
import { enRehabForms } from '../../shared/i18n/locales/en-rehab-forms';
import { isoDaysAgo } from '../support/dates';

/*
 * Issue 11 through the UI against the real core: a counsellor writes a plan with two goals
 * and records a session with WHO-5 and a risk flag (two earlier sessions are already there),
 * sees the chart; the manager sees the flag on Home; a social worker opens the same file and
 * sees attendance but no notes or scores.
 */
const ui = enRehab.rehabUi;
const review = enRehabForms.rehabForms.review;
const conference = enRehabForms.rehabForms.conference;
const DAY = 86_400_000;
const SOCIAL = { fullName: 'Social Worker One', username: 'social1', role: 'social_worker' as const };
const NOTE = 'She talked about the journey home';

async function lockAndSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();
  await signIn(page, username, password);
}

test('rehabilitation: plan with two goals, sessions with WHO-5 and a risk flag, chart; manager sees the flag; social worker sees attendance only', async ({
  page,
  host,
}) => {
  const shot = screenshotter(page, 'rehabilitation');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [{ identity: { givenNames: 'Aline', familyName: 'Uwase' }, admittedOn: isoDaysAgo(60) }]);
  await addCounsellorAndStaff(host.core, [SOCIAL]);
  await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const residentId = (await host.core.call('residents.search', { query: '' })).items[0]!.id;
  const staff = await host.core.call('residents.assignableStaff', {});
  const counsellorId = staff.find((s) => s.role === 'counsellor')!.id;
  await host.core.call('residents.care.update', { residentId, socialWorkerId: staff.find((s) => s.role === 'social_worker')!.id });
  // Two earlier sessions, so the chart has a line once the third is recorded on screen.
  for (const [days, who5] of [
    [30, [1, 2, 1, 2, 1]],
    [15, [2, 2, 3, 2, 2]],
  ] as const) {
    await host.core.call('residents.sessions.save', {
      residentId,
      type: 'individual',
      startsAt: new Date(Date.now() - days * DAY).toISOString(),
      durationMinutes: 50,
      counsellorId,
      participant: { attendance: 'attended', who5: [...who5], distress: 7 },
    });
  }
  // One scheduled for later this week, for My week.
  await host.core.call('residents.sessions.save', {
    residentId,
    type: 'individual',
    startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
    durationMinutes: 50,
    counsellorId,
    participant: { attendance: 'scheduled' },
  });
  await host.core.call('auth.lock', { reason: 'manual' });
  await host.core.call('auth.signIn', { username: SOCIAL.username, password: 'Temporary-pass-2041!' });
  await host.core.call('auth.changePassword', { currentPassword: 'Temporary-pass-2041!', newPassword: 'Social-own-pass-88!' });
  await host.core.call('auth.lock', { reason: 'manual' });

  await test.step('the counsellor writes a plan with two goals', async () => {
    await page.goto(host.url);
    await signIn(page, COUNSELLOR.username, COUNSELLOR.password);
    await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${residentId}?tab=rehabilitation`);
    await expect(page.getByRole('heading', { name: ui.planTitle })).toBeVisible();
    await page.getByRole('button', { name: ui.addGoal }).click();
    await page.getByRole('textbox', { name: ui.description }).nth(0).fill('Sleeps through the night');
    await page.getByRole('button', { name: ui.addGoal }).click();
    await page.getByRole('textbox', { name: ui.description }).nth(1).fill('Returns to school');
    await page.getByRole('button', { name: ui.savePlan }).click();
    await expect(page.getByText('Version 1, saved')).toBeVisible();
    await shot('plan');
  });

  await test.step('she reviews the first goal: refusals by field keep what she typed, then the review is saved', async () => {
    const goal = page
      .getByRole('textbox', { name: ui.description })
      .nth(0)
      .locator('xpath=ancestor::div[contains(@class,"mantine-Paper-root")]');
    await goal.getByRole('button', { name: review.add }).click();
    const form = goal.getByRole('group', { name: review.title });
    const date = form.getByRole('textbox', { name: review.date });
    await date.fill('31/02/2026');
    await form.getByRole('button', { name: review.save }).click();
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('Required.')).toBeVisible();
    await expect(date).toHaveValue('31/02/2026');
    await form.getByRole('textbox', { name: review.note }).fill('Sleeps six hours most nights');
    await expect(form.getByText('Required.')).toHaveCount(0);
    await shot('goal-review-refused');
    await date.fill(isoDaysAgo(1).split('-').reverse().join('/'));
    await form.getByRole('button', { name: review.save }).click();
    await expect(form).toBeHidden();
    await expect(goal).toContainText('Sleeps six hours most nights');
    await expect(page.getByRole('textbox', { name: ui.description }).nth(1)).toHaveValue('Returns to school');
    await shot('goal-reviewed');
  });

  await test.step('she records a session with WHO-5, a risk flag and notes, and sees the chart', async () => {
    await page.getByRole('tab', { name: ui.tabCounselling }).click();
    await page.getByRole('button', { name: ui.recordSession }).click();
    const dialog = page.getByRole('dialog', { name: ui.recordSession });
    for (const item of Object.values(enRehab.who5.item)) {
      await dialog.getByRole('combobox', { name: item }).click();
      await page.getByRole('option', { name: `4 — ${enRehab.who5.answer['4']}` }).click();
    }
    await dialog.getByRole('combobox', { name: ui.flags }).click({ force: true });
    await page.getByRole('option', { name: enRehab.rehabEnums.riskFlag.trafficker_contact }).click();
    await dialog.getByRole('textbox', { name: ui.notes }).fill(NOTE);
    await shot('session-form');
    await dialog.getByRole('button', { name: ui.saveSession }).click();
    await expect(dialog).toBeHidden();
    const table = page.getByRole('table', { name: ui.sessionsTitle });
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table).toContainText('80');
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await shot('counselling-chart');
  });

  await test.step('her week lists the session scheduled in two days', async () => {
    await page.getByRole('navigation').getByRole('link', { name: ui.myWeekNav }).click();
    const upcoming = page.getByRole('region', { name: ui.upcoming });
    await expect(upcoming).toContainText('Aline Uwase');
    await shot('my-week');
  });

  await test.step('the manager sees the flag on Home', async () => {
    await lockAndSignIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    const card = page.getByRole('region', { name: ui.riskCardTitle });
    await expect(card).toContainText(enRehab.rehabEnums.riskFlag.trafficker_contact);
    await expect(page.getByRole('region', { name: ui.reviewsCardTitle })).toContainText(ui.reviewsCardNone);
    await expect(page.getByRole('region', { name: ui.missedCardTitle })).toContainText(ui.missedCardNone);
    await shot('home-risk-flag');
  });

  await test.step('the social worker sees that sessions happened, not the notes or scores', async () => {
    await lockAndSignIn(page, SOCIAL.username, 'Social-own-pass-88!');
    await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${residentId}?tab=counselling`);
    const table = page.getByRole('table', { name: ui.sessionsTitle });
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table).toContainText(enRehab.rehabEnums.attendance.attended);
    await expect(page.getByText(ui.hidden)).toBeVisible();
    await expect(page.getByRole('button', { name: ui.openNotes })).toHaveCount(0);
    await expect(page.getByText(NOTE)).toHaveCount(0);
    await shot('social-worker-counselling');
  });

  await test.step('the social worker records a case conference: a refusal by field keeps what she typed', async () => {
    await page.getByRole('tab', { name: 'Rehabilitation' }).click();
    await page.getByRole('button', { name: conference.record }).click();
    const form = page.getByRole('group', { name: conference.title });
    await expect(form.getByRole('combobox', { name: conference.staff })).toBeVisible();
    await form.getByRole('textbox', { name: conference.family }).fill('Her mother');
    await form.getByRole('button', { name: conference.addAction }).click();
    await form.getByRole('textbox', { name: conference.action }).fill('Call the training centre');
    await form.getByRole('button', { name: conference.save }).click();
    await expect(form.getByText('Required.')).toBeVisible();
    await expect(form.getByRole('textbox', { name: conference.family })).toHaveValue('Her mother');
    await expect(form.getByRole('textbox', { name: conference.action })).toHaveValue('Call the training centre');
    await form.getByRole('textbox', { name: ui.decisions }).fill('Start a tailoring course in March');
    await expect(form.getByText('Required.')).toHaveCount(0);
    await form.getByRole('combobox', { name: conference.owner }).click();
    await page.getByRole('option', { name: SOCIAL.fullName }).click();
    await form.getByRole('textbox', { name: conference.dueOn }).fill(isoDaysAgo(-7).split('-').reverse().join('/'));
    await shot('conference-form');
    await form.getByRole('button', { name: conference.save }).click();
    await expect(form).toBeHidden();
    await expect(page.getByText('Start a tailoring course in March')).toBeVisible();
    await expect(page.getByText(`Call the training centre — ${SOCIAL.fullName}`)).toBeVisible();
    await shot('conference-saved');
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

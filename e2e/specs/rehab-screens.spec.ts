import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { addCounsellorAndStaff, COUNSELLOR } from '../support/file-staff';
import { chooseLanguage } from '../support/route-walk';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { enRehab } from '../../shared/i18n/locales/en-rehab';
import { rwRehab } from '../../shared/i18n/locales/rw-rehab';
import { enRehabScreens } from '../../shared/i18n/locales/en-rehab-screens';
import { rwRehabScreens } from '../../shared/i18n/locales/rw-rehab-screens';
import { enGroupSession } from '../../shared/i18n/locales/en-group-session';
import { rwGroupSession } from '../../shared/i18n/locales/rw-group-session';
import { isoDaysAgo } from '../support/dates';

/*
 * Issue 11's counselling screens as a counsellor sees them at the end of a day, in English and
 * Kinyarwanda: the Counselling tab's chart with the plan's goal target dates, the attendance
 * rate (a session cancelled by staff is not hers to miss) and goals achieved against those
 * still planned (a dropped goal is not); the group-session form; My week. Screenshots are
 * looked at by people after a run.
 */
const DAY = 86_400_000;
const catalogues = {
  en: { ui: enRehab.rehabUi, g: enGroupSession.groupSession, screens: enRehabScreens.rehabScreens },
  rw: { ui: rwRehab.rehabUi, g: rwGroupSession.groupSession, screens: rwRehabScreens.rehabScreens },
} as const;
const fill = (text: string, values: Record<string, string | number>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, String(v)), text);

test('counselling screens in English and Kinyarwanda: chart with goal targets, attendance, goals, group form, My week', async ({
  page,
  host,
}) => {
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { givenNames: 'Aline', familyName: 'Uwase' }, admittedOn: isoDaysAgo(90) },
    { identity: { givenNames: 'Claudine', familyName: 'Mukamana' }, admittedOn: isoDaysAgo(80) },
  ]);
  await addCounsellorAndStaff(host.core);
  await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  const residentId = (await host.core.call('residents.search', { query: 'Aline' })).items[0]!.id;
  const counsellorId = (await host.core.call('residents.assignableStaff', {})).find((s) => s.role === 'counsellor')!.id;
  const goal = (description: string, status: 'achieved' | 'in_progress' | 'dropped', targetOn: string | null) => ({
    domain: 'psychosocial' as const,
    description,
    targetOn,
    responsibleId: counsellorId,
    status,
    droppedReason: status === 'dropped' ? 'She chose another course' : null,
  });
  const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
  await host.core.call('residents.plan.save', {
    residentId,
    nextReviewOn: inDays(3),
    baseVersion: 0,
    goals: [
      goal('Sleeps through the night', 'achieved', isoDaysAgo(30)),
      goal('Returns to school', 'in_progress', inDays(20)),
      goal('Tailoring course', 'dropped', null),
    ],
  });
  const session = (
    days: number,
    attendance: 'attended' | 'missed' | 'cancelled_by_staff' | 'scheduled',
    who5?: [number, number, number, number, number],
    distress?: number,
  ) =>
    host.core.call('residents.sessions.save', {
      residentId,
      type: 'individual',
      startsAt: new Date(Date.now() + days * DAY).toISOString(),
      durationMinutes: 50,
      counsellorId,
      participant: { attendance, who5: who5 ?? null, distress: distress ?? null },
    });
  await session(-50, 'attended', [1, 2, 1, 2, 1], 8);
  await session(-35, 'attended', [2, 2, 3, 2, 2], 6);
  await session(-20, 'cancelled_by_staff');
  await session(-10, 'attended', [3, 3, 4, 3, 3], 4);
  await session(-3, 'missed');
  await session(2, 'scheduled');
  await host.core.call('residents.conferences.save', {
    residentId,
    heldOn: isoDaysAgo(5),
    attendees: [{ kind: 'staff', refId: counsellorId }, { kind: 'resident' }],
    decisions: 'Enrol her at the secondary school in January',
    actions: [{ description: 'Visit the school', ownerId: counsellorId, dueOn: inDays(10) }],
    nextReviewOn: inDays(30),
  });
  await host.core.call('auth.lock', { reason: 'manual' });

  await page.goto(host.url);
  await signIn(page, COUNSELLOR.username, COUNSELLOR.password);

  for (const locale of ['en', 'rw'] as const) {
    const { ui, g, screens } = catalogues[locale];
    const shot = screenshotter(page, `rehab-screens-${locale}`);
    await chooseLanguage(page, locale);

    await test.step(`${locale}: the Counselling tab`, async () => {
      await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${residentId}?tab=counselling`);
      // Three attended of four that count (cancelled by staff is not hers); one achieved of two still planned.
      await expect(page.getByText(fill(ui.attendanceRate, { rate: 75 }))).toBeVisible();
      await expect(page.getByText(fill(ui.goalsAchieved, { achieved: 1, planned: 2 }))).toBeVisible();
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      // Both target dates are drawn: one between sessions, one ahead of the last.
      await expect(page.locator('.recharts-reference-line')).toHaveCount(2);
      await shot('counselling-tab');
    });

    await test.step(`${locale}: the Rehabilitation tab's case conference names who took part and the next review`, async () => {
      await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${residentId}?tab=rehabilitation`);
      // Staff attending are stored by id: the line names her.
      await expect(page.locator('p', { hasText: `${screens.present}:` })).toContainText(`${COUNSELLOR.fullName} (`);
      await expect(page.getByText(`${screens.nextConference}:`)).toBeVisible();
      await shot('rehabilitation-tab');
      await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${residentId}?tab=counselling`);
    });

    await test.step(`${locale}: the group-session form`, async () => {
      await page.getByRole('button', { name: g.record }).click();
      const dialog = page.getByRole('dialog', { name: g.title });
      await expect(dialog.getByRole('group', { name: /Aline Uwase/ })).toBeVisible();
      await shot('group-session-form');
      await closeDialog(page);
    });

    await test.step(`${locale}: My week`, async () => {
      await page.getByRole('navigation').getByRole('link', { name: ui.myWeekNav }).click();
      await expect(page.getByRole('heading', { name: ui.myWeekTitle })).toBeVisible();
      await shot('my-week');
    });
  }

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

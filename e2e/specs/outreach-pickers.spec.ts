import { seedVault } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { addCounsellorAndStaff, COUNSELLOR } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';

/*
 * The outreach form's pickers against the real core: a counsellor (who may not open the
 * partner directory itself) picks a partner and the colleagues present by name, by keyboard
 * only, and the activity lists them.
 */
test('outreach: partners and staff present are picked from the directory by keyboard', async ({ page, host }) => {
  const shot = screenshotter(page, 'outreach-pickers');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await addCounsellorAndStaff(host.core, [{ fullName: 'Social Worker One', username: 'social1', role: 'social_worker' }]);

  await page.goto(host.url);
  await signIn(page, COUNSELLOR.username, COUNSELLOR.password);
  await page.getByRole('navigation').getByRole('link', { name: 'Outreach' }).click();
  await page.getByRole('button', { name: 'Record an activity' }).click();
  const form = page.getByRole('region', { name: 'Record an activity' });
  await form.getByRole('combobox', { name: 'Activity' }).click();
  await page.getByRole('option', { name: 'School talk' }).click();
  await form.getByRole('combobox', { name: 'Audience' }).click();
  await page.getByRole('option', { name: 'Students' }).click();
  await form.getByRole('textbox', { name: 'Province' }).fill('East');
  await form.getByRole('textbox', { name: 'District' }).fill('Bugesera');
  await form.getByRole('textbox', { name: 'Girls (under 18)' }).fill('12');

  const partners = form.getByRole('combobox', { name: 'Partners' });
  await partners.focus();
  await page.keyboard.type('IOM');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(form.getByText('IOM Rwanda', { exact: true })).toBeVisible();

  const staff = form.getByRole('combobox', { name: 'Staff present' });
  await staff.focus();
  await page.keyboard.type('Social');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Counsellor');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Zzz');
  await expect(page.getByText('No match')).toBeVisible();
  await shot('pickers-open');
  await page.keyboard.press('Escape');
  await expect(form.getByText('Social Worker One', { exact: true })).toBeVisible();
  await expect(form.getByText('Counsellor One', { exact: true })).toBeVisible();
  await shot('form');

  await form.getByRole('button', { name: 'Save activity' }).click();
  const table = page.getByRole('table', { name: 'Outreach and training' });
  await expect(table.getByRole('row', { name: /School talk.*IOM Rwanda/ })).toBeVisible();
  await shot('listed');
  // Core keeps the names; an account of the reporting role is never among those offered.
  const listed = await host.core.call('outreach.list', {});
  expect(listed[0]).toMatchObject({
    partners: ['IOM Rwanda'],
    staff: expect.arrayContaining(['Social Worker One', 'Counsellor One']) as string[],
  });
  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

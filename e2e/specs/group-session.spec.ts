import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { addCounsellorAndStaff, COUNSELLOR, residentIdByName } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { enRehab, enRehabValidation } from '../../shared/i18n/locales/en-rehab';
import { enRehabForms } from '../../shared/i18n/locales/en-rehab-forms';
import { enGroupSession } from '../../shared/i18n/locales/en-group-session';
import { isoDaysAgo } from '../support/dates';

/*
 * Issue 11, group sessions on screen: from My week a counsellor records one session for the
 * residents present that day, attendance and WHO-5 each, one sealed note. Someone admitted
 * after that day is refused next to her own row and nothing typed is lost. The browser runs in
 * another time zone than the shelter: the time typed is the shelter's (Kigali) time.
 */
test.use({ timezoneId: 'America/New_York' });

const ui = enRehab.rehabUi;
const conference = enRehabForms.rehabForms.conference;
const g = enGroupSession.groupSession;
const notInShelter = enRehabValidation['rehab.sessionBeforeAdmission'];
const typed = (iso: string) => iso.split('-').reverse().join('/');

test('group session: residents present that day, attendance and WHO-5 each, refusal by row, time in the shelter zone', async ({
  page,
  host,
}) => {
  const shot = screenshotter(page, 'group-session');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { givenNames: 'Aline', familyName: 'Uwase' }, admittedOn: isoDaysAgo(60) },
    { identity: { givenNames: 'Claudine', familyName: 'Mukamana' }, admittedOn: isoDaysAgo(40) },
    { identity: { givenNames: 'Diane', familyName: 'Ingabire' }, admittedOn: isoDaysAgo(0) },
  ]);
  await addCounsellorAndStaff(host.core);
  await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  await host.core.call('partners.save', { type: 'health', name: 'Kibagabaga Hospital', phone: '0788123456' });
  await host.core.call('auth.lock', { reason: 'manual' });

  await page.goto(host.url);
  await signIn(page, COUNSELLOR.username, COUNSELLOR.password);
  await page.getByRole('navigation').getByRole('link', { name: ui.myWeekNav }).click();
  await page.getByRole('button', { name: g.record }).click();
  const dialog = page.getByRole('dialog', { name: g.title });

  await test.step('she names the group, the day and the Kigali time, and chooses three residents', async () => {
    await dialog.getByRole('textbox', { name: g.name }).fill('Art therapy');
    await expect(dialog).toContainText('Africa/Kigali');
    await dialog.getByRole('textbox', { name: g.date, exact: true }).fill(typed(isoDaysAgo(3)));
    await dialog.getByLabel(g.time, { exact: true }).fill('10:00');
    const picker = dialog.getByRole('combobox', { name: g.residents });
    for (const name of ['Aline', 'Claudine', 'Diane']) {
      await picker.click();
      await picker.fill(name);
      await page.getByRole('option', { name: new RegExp(name) }).click();
    }
    const aline = dialog.getByRole('group', { name: /Aline Uwase/ });
    for (let k = 1; k <= 5; k++) {
      await aline.getByRole('combobox', { name: g.who5Item.replace('{n}', String(k)) }).click();
      await page.getByRole('option', { name: '4', exact: true }).click();
    }
    const claudine = dialog.getByRole('group', { name: /Claudine Mukamana/ });
    await claudine.getByRole('combobox', { name: ui.attendance }).click();
    await page.getByRole('option', { name: enRehab.rehabEnums.attendance.missed }).click();
    await dialog.getByRole('textbox', { name: g.notes }).fill('The group painted the hills of home');
  });

  await test.step('Diane was admitted today: refused next to her row, everything typed stays', async () => {
    await dialog.getByRole('button', { name: g.save }).click();
    const diane = dialog.getByRole('group', { name: /Diane Ingabire/ });
    await expect(diane).toContainText(notInShelter);
    await expect(dialog.getByRole('group', { name: /Aline Uwase/ })).not.toContainText(notInShelter);
    await expect(dialog.getByRole('textbox', { name: g.name })).toHaveValue('Art therapy');
    await expect(dialog.getByLabel(g.time, { exact: true })).toHaveValue('10:00');
    await expect(
      dialog.getByRole('group', { name: /Aline Uwase/ }).getByRole('combobox', { name: g.who5Item.replace('{n}', '5') }),
    ).toHaveValue('4');
    await expect(dialog.getByRole('textbox', { name: g.notes })).toHaveValue('The group painted the hills of home');
    await shot('refused-not-in-shelter');
  });

  await test.step('without her the session is saved for two residents', async () => {
    await dialog.getByRole('combobox', { name: g.residents }).click();
    await page.getByRole('option', { name: /Diane/ }).click();
    await expect(dialog.getByRole('group', { name: /Diane Ingabire/ })).toHaveCount(0);
    await shot('two-residents');
    await dialog.getByRole('button', { name: g.save }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText(g.saved.replace('{count}', '2'));
    await shot('my-week-saved');
  });

  await test.step("Aline's file shows the group session at 10:00 Kigali time with her WHO-5 score", async () => {
    const id = await residentIdByName(page, 'Aline');
    await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${id}?tab=counselling`);
    const table = page.getByRole('table', { name: ui.sessionsTitle });
    const row = table.getByRole('row').nth(1);
    await expect(row).toContainText(enRehab.rehabEnums.sessionType.group);
    await expect(row).toContainText('10:00');
    await expect(row).toContainText('80');
    await shot('aline-counselling');
  });

  await test.step('she records a case conference naming staff, a partner and an action owner from the pickers', async () => {
    await page.getByRole('tab', { name: 'Rehabilitation' }).click();
    await page.getByRole('button', { name: conference.record }).click();
    const form = page.getByRole('group', { name: conference.title });
    await form.getByRole('combobox', { name: conference.staff }).click();
    await page.getByRole('option', { name: COUNSELLOR.fullName }).click();
    await form.getByRole('combobox', { name: conference.partners }).click();
    await page.getByRole('option', { name: 'Kibagabaga Hospital' }).click();
    await expect(page.getByText('0788123456')).toHaveCount(0);
    await form.getByRole('textbox', { name: ui.decisions }).fill('Start a tailoring course in March');
    await form.getByRole('button', { name: conference.addAction }).click();
    await form.getByRole('textbox', { name: conference.action }).fill('Call the training centre');
    await form.getByRole('combobox', { name: conference.owner }).click();
    await page.getByRole('option', { name: SEED_MANAGER.fullName }).click();
    await shot('conference-pickers');
    await form.getByRole('button', { name: conference.save }).click();
    await expect(form).toBeHidden();
    await expect(page.getByText(`Call the training centre — ${SEED_MANAGER.fullName}`)).toBeVisible();
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

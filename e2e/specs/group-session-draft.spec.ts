import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { addCounsellorAndStaff, COUNSELLOR } from '../support/file-staff';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { enRehab } from '../../shared/i18n/locales/en-rehab';
import { enGroupSession } from '../../shared/i18n/locales/en-group-session';
import { enSessionDrafts } from '../../shared/i18n/locales/en-session-drafts';
import { isoDaysAgo } from '../support/dates';

/*
 * Issue 11, "a lock while typing notes loses nothing" for group sessions: the group's notes are
 * kept as a sealed draft (the counselling-notes key), flushed when she locks, found again when
 * she opens the group form after signing in; the residents and the group's name come back too.
 */
const ui = enRehab.rehabUi;
const g = enGroupSession.groupSession;
const NOTES = 'The circle spoke of going home before the rains';

async function openGroupForm(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: ui.myWeekNav }).click();
  await page.getByRole('button', { name: g.record }).click();
  return page.getByRole('dialog', { name: g.title });
}

test('group session notes: typed, locked at once, back after signing in', async ({ page, host }) => {
  const shot = screenshotter(page, 'group-session-draft');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 0, [
    { identity: { givenNames: 'Aline', familyName: 'Uwase' }, admittedOn: isoDaysAgo(60) },
    { identity: { givenNames: 'Claudine', familyName: 'Mukamana' }, admittedOn: isoDaysAgo(40) },
  ]);
  await addCounsellorAndStaff(host.core);

  await page.goto(host.url);
  await signIn(page, COUNSELLOR.username, COUNSELLOR.password);
  let dialog = await openGroupForm(page);

  await test.step('the notes wait until someone is chosen, then she types them', async () => {
    await expect(dialog.getByRole('textbox', { name: g.notes })).toBeDisabled();
    await expect(dialog).toContainText(enSessionDrafts.sessionDrafts.chooseResidentsFirst);
    await dialog.getByRole('textbox', { name: g.name }).fill('Going home');
    const picker = dialog.getByRole('combobox', { name: g.residents });
    for (const name of ['Aline', 'Claudine']) {
      await picker.click();
      await picker.fill(name);
      await page.getByRole('option', { name: new RegExp(name) }).click();
    }
    await dialog.getByRole('textbox', { name: g.notes }).fill(NOTES);
    await shot('typed');
  });

  await test.step('she locks at once with the shortcut (no pause after typing) and signs in again', async () => {
    await page.keyboard.press('Control+L');
    await signIn(page, COUNSELLOR.username, COUNSELLOR.password);
    // The words are in the database only sealed: a read with the data key would find ciphertext (core tests).
    dialog = await openGroupForm(page);
    await expect(dialog.getByRole('textbox', { name: g.notes })).toHaveValue(NOTES);
    await expect(dialog.getByRole('textbox', { name: g.name })).toHaveValue('Going home');
    await expect(dialog.getByRole('group', { name: /Aline Uwase/ })).toBeVisible();
    await expect(dialog.getByRole('group', { name: /Claudine Mukamana/ })).toBeVisible();
    await expect(dialog.getByRole('alert').or(dialog.getByRole('status')).first()).toContainText('brought back');
    await shot('restored');
  });

  await test.step('saved, the draft is gone: the form opens empty', async () => {
    await dialog.getByRole('button', { name: g.save }).click();
    await expect(dialog).toBeHidden();
    dialog = await openGroupForm(page);
    await expect(dialog.getByRole('textbox', { name: g.name })).toHaveValue('');
    await expect(dialog.getByRole('textbox', { name: g.notes })).toHaveValue('');
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

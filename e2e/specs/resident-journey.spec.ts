import type { Locator, Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { expectSignInScreen, openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { tealPng } from '../support/sample-files';
import { isoDaysAgo } from '../support/dates';

/**
 * A resident's way through the shelter, as the night staff and the manager do it on screen:
 * a room is set up, she is admitted through the wizard (origin from the Rwandan picker, a
 * bed on the last step), a second similar admission is flagged as a possible duplicate and
 * abandoned, she is found by part of her name, moved to another bed, discharged and
 * readmitted; the dashboard lists a stay near the limit. All synthetic people.
 */
const HER = { givenNames: 'Josiane', familyName: 'Uwimanimpaye', alias: 'Jojo', phone: '+250 788 000 111' };
const HER_NAME = `${HER.givenNames} ${HER.familyName}`;
/** As lists write her: family name first. */
const HER_LIST_NAME = `${HER.familyName} ${HER.givenNames}`;
/** Admitted 170 days ago through core: 13 days before the 183-day limit, so on the dashboard card. */
const LONG_STAY = { givenNames: 'Claudine', familyName: 'Nyirahabimana' };

/** Opens a Mantine select by its label and picks an option by its visible name. */
async function choose(scope: Page | Locator, page: Page, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Same, typing to narrow the list first, as one does in long lists (places, countries). */
async function search(scope: Page | Locator, page: Page, label: string, typed: string, option: string): Promise<void> {
  const input = scope.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

function stepHeading(page: Page, n: number, title: string): Locator {
  return page.getByRole('heading', { name: `Step ${n} of 5: ${title}` });
}

function summary(page: Page): Locator {
  return page.getByRole('region', { name: 'Summary of the selected resident' });
}

test('resident journey: admit, duplicate warning, find, bed, discharge, readmit, stay limit', async ({ page, host }) => {
  const shot = screenshotter(page, 'resident-journey');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await host.core.call('auth.signIn', { username: SEED_MANAGER.username, password: SEED_MANAGER.password });
  await host.core.call('residents.admit', { identity: { ...LONG_STAY, estimatedAgeYears: 24 }, admittedOn: isoDaysAgo(170) });
  await host.core.call('auth.lock', { reason: 'manual' });

  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);

  await test.step('the dashboard lists the stay near the limit', async () => {
    const card = page.getByRole('region', { name: 'Stays near the limit' });
    await expect(card.getByRole('link', { name: `${LONG_STAY.givenNames} ${LONG_STAY.familyName}` })).toBeVisible();
    await expect(card).toContainText('Day 170 of 183');
    await expect(card).toContainText('13 days left');
    await shot('dashboard-stay-limit');
  });

  await test.step('the manager adds a room with two beds on the bed board', async () => {
    await openFromNav(page, 'Beds', 'Rooms and beds');
    await expect(page.getByText('No rooms yet. Add the first room and its beds.')).toBeVisible();
    await page.getByRole('button', { name: 'Add a room' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a room' });
    await dialog.getByRole('button', { name: 'Add room' }).click();
    await expect(dialog.getByText('Required.').first()).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Room name' }).fill('Room 1');
    await dialog.getByRole('textbox', { name: 'Bed labels' }).fill('A, B, A');
    await dialog.getByRole('button', { name: 'Add room' }).click();
    await expect(dialog.getByText('Each bed in a room needs a different label.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Bed labels' }).fill('A, B');
    await dialog.getByRole('button', { name: 'Add room' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '0 of 2 beds taken, 2 free' })).toBeVisible();
    await shot('bed-board-empty-room');
  });

  await test.step('the wizard admits her: name first, Enter goes on, every step filled', async () => {
    await openFromNav(page, 'Residents');
    await page.getByRole('link', { name: 'Admit a resident' }).click();
    await expect(stepHeading(page, 1, 'Name and date')).toBeVisible();
    // Enter with nothing typed: the message sits next to the name, and nothing moves on.
    await page.keyboard.press('Enter');
    await expect(page.getByText('Enter at least a name or an alias.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Given names' })).toBeFocused();
    await page.keyboard.type(HER.givenNames);
    await page.getByRole('textbox', { name: 'Family name' }).fill(HER.familyName);
    await page.getByRole('textbox', { name: 'Other names or aliases' }).fill(HER.alias);
    await shot('wizard-1-name');
    await page.keyboard.press('Enter');

    await expect(stepHeading(page, 2, 'Identity')).toBeVisible();
    await choose(page, page, 'Sex', 'Female');
    await page.getByRole('textbox', { name: 'Or estimated age (years)' }).fill('19');
    await page.getByRole('textbox', { name: 'Phone' }).fill('not a phone');
    await page.getByRole('textbox', { name: 'Document number' }).fill('1200580012345678');
    await page.getByRole('button', { name: 'Next' }).click();
    // Two problems, each next to its field; the step stays.
    await expect(page.getByText('Use digits, spaces and an optional + only.')).toBeVisible();
    await expect(page.getByText('Required.')).toBeVisible();
    await shot('wizard-2-identity-errors');
    await page.getByRole('textbox', { name: 'Phone' }).fill(HER.phone);
    await choose(page, page, 'ID document', 'National ID');
    await choose(page, page, 'Marital status', 'Single');
    await shot('wizard-2-identity');
    await page.getByRole('button', { name: 'Next' }).click();

    await expect(stepHeading(page, 3, 'Origin')).toBeVisible();
    await search(page, page, 'Country of origin', 'Rwan', 'Rwanda');
    await choose(page, page, 'Province', 'Kigali');
    await search(page, page, 'District', 'gasa', 'Gasabo');
    await search(page, page, 'Sector', 'bumb', 'Bumbogo');
    await search(page, page, 'Cell', 'kinya', 'Kinyaga');
    await search(page, page, 'Village (Umudugudu)', 'akak', 'Akakaza');
    await shot('wizard-3-origin');
    await page.getByRole('button', { name: 'Next' }).click();

    await expect(stepHeading(page, 4, 'Referral')).toBeVisible();
    await choose(page, page, 'Referred by', 'Isange One Stop Centre');
    await page.getByRole('textbox', { name: 'Their case reference' }).fill('ISG-2026-118');
    await page.getByRole('button', { name: 'Next' }).click();

    await expect(stepHeading(page, 5, 'Room and bed')).toBeVisible();
    await choose(page, page, 'Bed', 'Room 1 · A');
    await expect(page.getByText('Still missing')).toBeVisible();
    await shot('wizard-5-bed');
    await page.getByRole('button', { name: 'Admit', exact: true }).click();

    await expect(page.getByRole('heading', { name: `${HER_NAME} is admitted` })).toBeVisible();
    await expect(page.getByText(/Resident code: DEMO-\d{4}-\d{4}/)).toBeVisible();
    await expect(page.getByText('Bed: Room 1 · A')).toBeVisible();
    await shot('wizard-admitted');
  });

  await test.step('a second, similar admission: the typing survives a lock, then the duplicate warning', async () => {
    await page.getByRole('button', { name: 'Admit another resident' }).click();
    await expect(stepHeading(page, 1, 'Name and date')).toBeVisible();
    await page.getByRole('textbox', { name: 'Given names' }).fill('Josianne');
    await page.getByRole('textbox', { name: 'Family name' }).fill(HER.familyName);
    await expect(page.getByText('Draft kept safely (passwords are never kept).')).toBeVisible();

    await host.core.requestLock('os');
    await expectSignInScreen(page);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await expect(stepHeading(page, 1, 'Name and date')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Given names' })).toHaveValue('Josianne');
    await expect(page.getByRole('textbox', { name: 'Family name' })).toHaveValue(HER.familyName);
    await expect(page.getByText(/What you typed on .* has been brought back/)).toBeVisible();

    await page.getByRole('textbox', { name: 'Given names' }).press('Enter');
    const warning = page.getByRole('dialog', { name: 'This person may already be in Amizero' });
    await expect(warning).toBeVisible();
    // No age was typed, so the warning claims only a similar name.
    await expect(warning.getByRole('listitem').filter({ hasText: HER_NAME })).toContainText('Similar name');
    await expect(warning.getByRole('listitem').filter({ hasText: HER_NAME })).not.toContainText('and age');
    await expect(warning.getByRole('button', { name: `Open file of ${HER_NAME}` })).toBeVisible();
    await shot('duplicate-warning');
    // She is the same person: go back, and throw this admission away.
    await warning.getByRole('button', { name: 'Go back and edit' }).click();
    await expect(warning).toHaveCount(0);
    await expect(stepHeading(page, 1, 'Name and date')).toBeVisible();
    // Half-typed: discarding asks first; keeping the typing returns to the button with nothing lost.
    const discardButton = page.getByRole('button', { name: 'Discard this admission' });
    await discardButton.click();
    const ask = page.getByRole('dialog', { name: 'Discard this admission?' });
    await expect(ask).toBeVisible();
    await ask.getByRole('button', { name: 'Keep typing' }).click();
    await expect(ask).toHaveCount(0);
    await expect(discardButton).toBeFocused();
    await expect(page.getByRole('textbox', { name: 'Given names' })).toHaveValue('Josianne');
    await discardButton.click();
    await page.getByRole('dialog', { name: 'Discard this admission?' }).getByRole('button', { name: 'Discard', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Residents', exact: true })).toBeVisible();
  });

  await test.step('at night, only an alias: "Save now, complete later"', async () => {
    await page.getByRole('link', { name: 'Admit a resident' }).click();
    await expect(stepHeading(page, 1, 'Name and date')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Given names' })).toHaveValue('');
    await page.getByRole('textbox', { name: 'Other names or aliases' }).fill('Mama Keza');
    await page.getByRole('button', { name: 'Save now, complete later' }).click();
    await expect(page.getByRole('heading', { name: 'Mama Keza is admitted' })).toBeVisible();
    await expect(page.getByText('No bed assigned yet.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Date of birth or age' })).toBeVisible();
    await shot('saved-now-complete-later');
    await page.getByRole('link', { name: 'Back to the residents list' }).click();
    await expect(page.getByRole('heading', { name: 'Residents', exact: true })).toBeVisible();
  });

  await test.step('found by part of her name in the list', async () => {
    await page.getByRole('searchbox', { name: 'Search residents' }).fill('wimanimp');
    await expect(page.getByRole('status').filter({ hasText: '1 found' })).toBeVisible();
    const row = page.getByRole('grid', { name: 'Residents' }).locator('[role="row"][data-row]').first();
    await expect(row).toContainText(HER_LIST_NAME);
    await row.click();
    await expect(summary(page).getByRole('heading', { name: HER_NAME })).toBeVisible();
    await expect(summary(page)).toContainText('Room 1 · A');
    await expect(summary(page).getByRole('link', { name: 'Open file' })).toHaveAttribute('href', /#\/residents\/.+/);
    await shot('list-found-by-partial-name');
  });

  await test.step('moved to another bed from the summary', async () => {
    await summary(page).getByRole('button', { name: 'Move to another bed' }).click();
    const dialog = page.getByRole('dialog', { name: `Bed for ${HER_NAME}` });
    await expect(dialog).toContainText('Now in Room 1 · A');
    await choose(dialog, page, 'Bed', 'Room 1 · B');
    await dialog.getByRole('button', { name: 'Assign bed' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(summary(page)).toContainText('Room 1 · B');
  });

  await test.step('a document attached from her file', async () => {
    await summary(page).getByRole('link', { name: 'Open file' }).click();
    await expect(page.getByRole('heading', { level: 2, name: HER_NAME })).toBeVisible();
    await page.getByRole('tab', { name: 'Documents' }).click();
    await page.getByRole('button', { name: 'Attach a document' }).click();
    const form = page.getByRole('region', { name: 'Attach a document' });
    await form.getByRole('combobox', { name: 'What is it?' }).click();
    await page.getByRole('option', { name: 'Photo', exact: true }).click();
    await form.getByRole('textbox', { name: 'Title' }).fill('Photo on arrival');
    await form.locator('input[type="file"]').setInputFiles({ name: 'arrival.png', mimeType: 'image/png', buffer: tealPng() });
    await form.getByRole('button', { name: 'Attach', exact: true }).click();
    const table = page.getByRole('table', { name: 'Documents of this resident' });
    await expect(table.getByRole('button', { name: 'View Photo on arrival' })).toBeVisible();
    await shot('file-document-attached');
    await openFromNav(page, 'Residents');
  });

  await test.step('the bed board shows her bed', async () => {
    await openFromNav(page, 'Beds', 'Rooms and beds');
    await expect(page.getByRole('status').filter({ hasText: '1 of 2 beds taken, 1 free' })).toBeVisible();
    await expect(page.getByRole('button', { name: new RegExp(`Bed Room 1 · B: ${HER_NAME}`) })).toBeVisible();
    await shot('bed-board');
    // The free bed, from the board: the long-stay resident had none.
    await page.getByRole('button', { name: 'Bed Room 1 · A, free. Choose to assign a resident' }).click();
    const dialog = page.getByRole('dialog', { name: 'Put a resident in Room 1 · A' });
    await search(dialog, page, 'Resident', 'Nyira', `${LONG_STAY.familyName} ${LONG_STAY.givenNames} · DEMO-2026-0001`);
    await shot('bed-board-fill-dialog');
    await dialog.getByRole('button', { name: 'Assign bed' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: '2 of 2 beds taken, 0 free' })).toBeVisible();
    await shot('bed-board-full');
  });

  await test.step('discharged to her family, after a lock in the middle; the bed is free again', async () => {
    const openDischarge = async () => {
      await page.getByRole('searchbox', { name: 'Search residents' }).fill('Jojo');
      await expect(page.getByRole('status').filter({ hasText: '1 found' })).toBeVisible();
      const row = page.getByRole('grid', { name: 'Residents' }).locator('[role="row"][data-row]').first();
      await expect(row).toContainText(HER_LIST_NAME);
      await row.click();
      await expect(summary(page).getByRole('heading', { name: HER_NAME })).toBeVisible();
      await summary(page).getByRole('button', { name: 'Discharge' }).click();
      return page.getByRole('dialog', { name: `Discharge ${HER_NAME}` });
    };
    const REASON = 'Mother in Gasabo ready to receive her.';
    await openFromNav(page, 'Residents');
    let dialog = await openDischarge();
    await dialog.getByRole('button', { name: 'Discharge' }).click();
    await expect(dialog.getByText('Required.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Reason or notes' }).fill(REASON);

    await host.core.requestLock('os');
    await expectSignInScreen(page);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await expect(page.getByRole('heading', { name: 'Residents', exact: true })).toBeVisible();
    dialog = await openDischarge();
    await expect(dialog.getByRole('textbox', { name: 'Reason or notes' })).toHaveValue(REASON);
    await expect(dialog.getByText(/What you typed on .* has been brought back/)).toBeVisible();

    await choose(dialog, page, 'Where she or he went', 'Returned to family');
    await shot('discharge-dialog');
    await dialog.getByRole('button', { name: 'Discharge' }).click();
    // The dialog then offers to start her follow-up year; that has its own spec (discharge-followups).
    await dialog.getByRole('button', { name: 'Not now' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(summary(page)).toContainText('Discharged');
    await expect(summary(page)).toContainText('Returned to family');
    await expect(summary(page).getByRole('button', { name: 'Readmit' })).toBeVisible();
    await expect(summary(page).getByRole('button', { name: 'Discharge' })).toHaveCount(0);
  });

  await test.step('readmitted: a new stay, same code, earlier stay kept', async () => {
    await summary(page).getByRole('button', { name: 'Readmit' }).click();
    const dialog = page.getByRole('dialog', { name: `Readmit ${HER_NAME}` });
    await choose(dialog, page, 'Bed', 'Room 1 · B');
    await shot('readmit-dialog');
    await dialog.getByRole('button', { name: 'Readmit' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(summary(page)).toContainText('In the shelter');
    await expect(summary(page)).toContainText('Room 1 · B');
    await expect(summary(page).getByText('Stays in the shelter').locator('..')).toContainText('2');
    await shot('readmitted-summary');
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

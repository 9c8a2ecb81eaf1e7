import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import type { TestHost } from '../host/test-host';
import { expect, test } from '../support/host-fixture';
import { openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';

/*
 * What a screen reader hears: every picker of the admission form is a combobox with its
 * label, and the icon-only buttons (close a dialog, close a notification)
 * have names in the chosen language.
 */
function stepHeading(page: Page, n: number, title: string) {
  return page.getByRole('heading', { name: `Step ${n} of 5: ${title}` });
}

async function pick(page: Page, label: string, option: string, typed?: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  if (typed) await box.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The seeded manager, signed in, on the bed board. */
async function managerOnBeds(page: Page, host: TestHost): Promise<void> {
  await seedVault(host.core);
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  await openFromNav(page, 'Beds', 'Rooms and beds');
}

/** Adds a room through its dialog, after checking the dialog's close button is named. */
async function addRoom(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add a room' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a room' });
  await expect(dialog.getByRole('button', { name: 'Close the dialog', exact: true })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Room name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Bed labels' }).fill('A, B');
  await dialog.getByRole('button', { name: 'Add room' }).click();
  await expect(dialog).toHaveCount(0);
}

test('the admission form’s pickers are named comboboxes; dialog and notification close buttons have translated names', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const shot = screenshotter(page, 'a11y-names');
  await managerOnBeds(page, host);
  await addRoom(page, 'Room 1');

  await test.step('the admission form, step by step', async () => {
    await openFromNav(page, 'Residents');
    await page.getByRole('link', { name: 'Admit a resident' }).click();
    await expect(stepHeading(page, 1, 'Name and date')).toBeVisible();
    await page.getByRole('textbox', { name: 'Given names' }).fill('Aline');
    await page.getByRole('button', { name: 'Next' }).click();

    await expect(stepHeading(page, 2, 'Identity')).toBeVisible();
    for (const label of ['Sex', 'Nationality', 'Languages spoken', 'ID document', 'Marital status'])
      await expect(page.getByRole('combobox', { name: label, exact: true }), label).toBeVisible();
    await pick(page, 'Sex', 'Female');
    await page.getByRole('textbox', { name: 'Or estimated age (years)' }).fill('19');
    await shot('identity');
    await page.getByRole('button', { name: 'Next' }).click();

    await expect(stepHeading(page, 3, 'Origin')).toBeVisible();
    await pick(page, 'Country of origin', 'Rwanda', 'Rwan');
    await pick(page, 'Province', 'Kigali');
    await expect(page.getByRole('combobox', { name: 'District', exact: true })).toBeVisible();
    await shot('origin');
    await page.getByRole('button', { name: 'Next' }).click();

    await expect(stepHeading(page, 4, 'Referral')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Referred by', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Next' }).click();

    await expect(stepHeading(page, 5, 'Room and bed')).toBeVisible();
    await pick(page, 'Bed', 'Room 1 · A');
    await page.getByRole('button', { name: 'Admit', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Aline is admitted' })).toBeVisible();
  });

  await test.step('in French: the dialog and the notification close buttons say so in French', async () => {
    await page.getByRole('banner').locator('select').selectOption('fr');
    await page.evaluate(() => (window.location.hash = '#/beds'));
    await page.getByRole('button', { name: 'Ajouter une chambre' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter une chambre' });
    await expect(dialog.getByRole('button', { name: 'Fermer la fenêtre', exact: true })).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Nom de la chambre' }).fill('Chambre 2');
    await dialog.getByRole('textbox', { name: 'Noms des lits' }).fill('A');
    await dialog.getByRole('button', { name: 'Ajouter la chambre' }).click();
    const note = page.locator('.mantine-Notification-root').first();
    await expect(note.getByRole('button', { name: 'Fermer la notification' })).toBeVisible();
    await shot('notification-fr');
    await page.getByRole('banner').locator('select').selectOption('en');
  });
});

test('after a dialog closes, focus is back on what opened it (a button, and a menu’s button)', async ({ page, host }) => {
  await managerOnBeds(page, host);
  const addRoomButton = page.getByRole('button', { name: 'Add a room' });
  await addRoomButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add a room' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(addRoomButton).toBeFocused();

  // Opened from a menu item, which is gone with its menu: focus returns to the menu's button.
  await openFromNav(page, 'Staff');
  const actions = page.getByRole('button', { name: `Actions for ${SEED_MANAGER.fullName}` });
  await actions.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Edit name or role' }).click();
  const edit = page.getByRole('dialog');
  await expect(edit).toBeVisible();
  await edit.getByRole('button', { name: 'Close the dialog' }).click();
  await expect(edit).toHaveCount(0);
  await expect(actions).toBeFocused();
  await screenshotter(page, 'a11y-focus-return')('staff-after-dialog');
});

test('notifications: two at most, beside the page rather than over it, dismissed from the keyboard', async ({ page, host }) => {
  await managerOnBeds(page, host);
  // Three rooms in a row: each saved room says so in a notification.
  for (const name of ['Room 1', 'Room 2', 'Room 3']) await addRoom(page, name);
  const save = page.getByRole('button', { name: 'Add a room' });
  const shown = page.locator('.mantine-Notification-root');
  // Each closes by itself after a few seconds; however many came, two at most are on screen.
  const count = await shown.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(2);
  const covers = async (target: { x: number; y: number; width: number; height: number }) => {
    for (const box of await shown.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)))
      if (
        box.x < target.x + target.width &&
        target.x < box.x + box.width &&
        box.y < target.y + target.height &&
        target.y < box.y + box.height
      )
        return true;
    return false;
  };
  await save.scrollIntoViewIfNeeded();
  expect(await covers((await save.boundingBox())!)).toBe(false);
  // Nothing of the page's main part is under them: they sit in the navigation column's empty lower part.
  // (The main landmark starts under the navigation column and is padded past it: its content box counts.)
  const content = await page.getByRole('main').evaluate((m) => {
    const r = m.getBoundingClientRect();
    const left = parseFloat(getComputedStyle(m).paddingLeft);
    return { x: r.x + left, y: r.y, width: r.width - left, height: r.height };
  });
  expect(await covers(content)).toBe(false);
  await screenshotter(page, 'a11y-notifications')('settings-several-saves');
  // Keyboard: a close button has a name and Escape there dismisses them all.
  const close = shown.first().getByRole('button', { name: 'Close the notification' });
  await close.focus();
  await page.keyboard.press('Escape');
  await expect(shown).toHaveCount(0);
});

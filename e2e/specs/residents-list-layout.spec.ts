import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedResidents } from '../support/residents-seed';
import { openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { call, cutTexts, isoDaysAgo, yearsAgo } from '../support/residents-screens';

/*
 * Issue 16: the residents list cut names and rooms at 1280 px, showed given names first while
 * sorting by family name, and could not be sorted by age.
 */
const LIST_PEOPLE = [
  { givenNames: 'Claudine', familyName: 'Uwimana', dateOfBirth: yearsAgo(17) },
  { givenNames: 'Marie Chantal', familyName: 'Nyirabahizi-Mukeshimana', dateOfBirth: yearsAgo(24) },
  { givenNames: 'Josiane', familyName: 'Ahishakiye', estimatedAgeYears: 31 },
  { givenNames: 'Jeanne', familyName: 'Mukandayisenga' },
];

test('residents list at 1280 px: names "Family Given", nothing cut, sorted by age', async ({ page, host }) => {
  const shot = screenshotter(page, 'residents-screens-list');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(
    host.core,
    SEED_MANAGER,
    0,
    LIST_PEOPLE.map((identity) => ({ identity, admittedOn: isoDaysAgo(3) })),
  );
  await page.goto(host.url);
  await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
  const [room] = await call<{ id: string }[]>(page, 'residents.bedBoard', {});
  await call(page, 'residents.editRoom', { roomId: room!.id, name: 'Dortoir des jeunes filles', addBeds: [], removeBedIds: [] });
  const grid = page.getByRole('grid', { name: 'Residents' });
  const rows = grid.locator('[role="row"][data-row]');

  await test.step('names read family name first, in the order the list sorts them', async () => {
    await openFromNav(page, 'Residents');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toContainText('Ahishakiye Josiane');
    await expect(rows.nth(1)).toContainText('Mukandayisenga Jeanne');
    await expect(rows.nth(2)).toContainText('Nyirabahizi-Mukeshimana Marie Chantal');
    await expect(rows.nth(3)).toContainText('Uwimana Claudine');
  });

  await test.step('at 1280 × 800 nothing is cut, with or without the summary open', async () => {
    expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
    expect(await cutTexts(grid)).toEqual([]);
    await shot('list-en');
    await rows.nth(2).click();
    await expect(page.getByRole('region', { name: 'Summary of the selected resident' })).toBeVisible();
    expect(await cutTexts(grid)).toEqual([]);
    await shot('list-en-summary');
  });

  await test.step('sorted by age, youngest first, then oldest first; unknown age last', async () => {
    const age = grid.getByRole('columnheader', { name: 'Age' });
    await age.getByRole('button').click();
    await expect(age).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows.nth(0)).toContainText('Uwimana Claudine');
    await expect(rows.nth(1)).toContainText('Nyirabahizi-Mukeshimana');
    await expect(rows.nth(2)).toContainText('Ahishakiye Josiane');
    await expect(rows.nth(3)).toContainText('Mukandayisenga Jeanne');
    await age.getByRole('button').click();
    await expect(age).toHaveAttribute('aria-sort', 'descending');
    await expect(rows.nth(0)).toContainText('Ahishakiye Josiane');
    await expect(rows.nth(2)).toContainText('Uwimana Claudine');
    await expect(rows.nth(3)).toContainText('Mukandayisenga Jeanne');
  });

  await test.step('in Kinyarwanda too, nothing is cut', async () => {
    await page.getByRole('banner').locator('select').selectOption('rw');
    await expect(page.locator('html')).toHaveAttribute('lang', 'rw');
    // The grid's name is in Kinyarwanda now.
    const rwGrid = page.getByRole('grid');
    await expect(rwGrid.locator('[role="row"][data-row]')).toHaveCount(4);
    expect(await cutTexts(rwGrid)).toEqual([]);
    await shot('list-rw');
  });
  expect(problems.errors).toEqual([]);
});

import type { Locator } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { expect, test } from '../support/host-fixture';
import { collectPageProblems } from '../support/page-problems';
import { seedNamesakes, seedResidents } from '../support/residents-seed';
import { openFromNav, signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';
import { shelterToday } from '../support/dates';

/** Synthetic generated residents (electron/core/demo/residents-data.ts) plus one person to look for. */
const GENERATED = 300;
const TODAY = shelterToday();
const SOUGHT = { givenNames: 'Solange', familyName: 'Mukarutesi', alias: 'Mama Teta' };
/** As the list writes her: family name first. */
const SOUGHT_NAME = `${SOUGHT.familyName} ${SOUGHT.givenNames}`;
/** More residents sharing one family name than a page of the list holds (100). */
const NAMESAKES = 130;
const NAMESAKE_FAMILY = 'Uwingabiye';
const TOTAL = GENERATED + 1 + NAMESAKES;
/** A list row's height in pixels (ROW_HEIGHT in renderer/src/features/residents/ResidentsColumns.tsx). */
const ROW_HEIGHT = 58;

function grid(page: import('@playwright/test').Page): Locator {
  return page.getByRole('grid', { name: 'Residents' });
}

/** Data rows only: the header is a row too, at aria-rowindex 1. */
function dataRows(page: import('@playwright/test').Page): Locator {
  return grid(page).locator('[role="row"][data-row]');
}

test('residents list: partial and misspelled names find the person; the list scrolls through every resident', async ({ page, host }) => {
  const shot = screenshotter(page, 'residents-list');
  const problems = await collectPageProblems(page);
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, GENERATED, [
    {
      identity: { givenNames: SOUGHT.givenNames, familyName: SOUGHT.familyName, otherNames: [SOUGHT.alias], estimatedAgeYears: 19 },
      admittedOn: TODAY,
    },
  ]);
  await seedNamesakes(host.core, SEED_MANAGER, NAMESAKE_FAMILY, NAMESAKES);
  const search = page.getByRole('searchbox', { name: 'Search residents' });

  await test.step('the whole list, in name order', async () => {
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await openFromNav(page, 'Residents');
    await expect(page.getByRole('status').filter({ hasText: `${TOTAL} residents` })).toBeVisible();
    await expect(dataRows(page).first()).toBeVisible();
    await expect(grid(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    // Windowed: a few screens' worth of rows exist, never all of them.
    expect(await dataRows(page).count()).toBeLessThan(40);
    await shot('list');
  });

  await test.step('a partial name finds her', async () => {
    await search.fill('karutes');
    await expect(page.getByRole('status').filter({ hasText: '1 found' })).toBeVisible();
    await expect(dataRows(page)).toHaveCount(1);
    await expect(dataRows(page).first()).toContainText(SOUGHT_NAME);
    await expect(dataRows(page).first()).toContainText(`also known as ${SOUGHT.alias}`);
    await expect(page.getByText('No exact match — showing similar names')).toHaveCount(0);
    await shot('partial-name');
  });

  await test.step('choosing the row shows her summary', async () => {
    await dataRows(page).first().click();
    const summary = page.getByRole('region', { name: 'Summary of the selected resident' });
    await expect(summary.getByRole('heading', { name: `${SOUGHT.givenNames} ${SOUGHT.familyName}` })).toBeVisible();
    await expect(summary).toContainText('In the shelter');
    await expect(summary).toContainText('Room 1 · A');
    await expect(summary).toContainText('about 19');
    await shot('summary');
  });

  await test.step('a misspelled name still finds her, and says so', async () => {
    await search.fill('Mukarrutesi');
    await expect(page.getByText('No exact match — showing similar names')).toBeVisible();
    await expect(dataRows(page).filter({ hasText: SOUGHT_NAME })).toHaveCount(1);
    await shot('misspelled-name');
  });

  await test.step('cleared search: scroll to the end by keyboard and by wheel', async () => {
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${TOTAL} residents` })).toBeVisible();
    await expect(page.getByText('No exact match — showing similar names')).toHaveCount(0);
    const first = dataRows(page).first();
    await first.click();
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(grid(page).locator('[data-row="1"]')).toBeFocused();
    await page.keyboard.press('End');
    const last = grid(page).locator(`[data-row="${TOTAL - 1}"]`);
    await expect(last).toBeFocused();
    await expect(last).toHaveAttribute('aria-rowindex', String(TOTAL + 1));
    // Pages beyond the first arrive as the list scrolls; no row is left loading.
    await expect(grid(page).getByLabel('Loading…')).toHaveCount(0);
    expect(await dataRows(page).count()).toBeLessThan(40);
    await shot('scrolled-to-end');
    await page.keyboard.press('Home');
    await expect(grid(page).locator('[data-row="0"]')).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(grid(page).locator('[data-row="0"]')).not.toBeFocused();
    await grid(page).locator('[role="rowgroup"]').nth(1).hover();
    await page.mouse.wheel(0, ROW_HEIGHT * 150);
    await expect(grid(page).locator('[data-row="150"]')).toBeVisible();
    await expect(grid(page).getByLabel('Loading…')).toHaveCount(0);
    await shot('scrolled-middle');
  });

  await test.step('sorting by code, newest first', async () => {
    const codeHeader = grid(page).getByRole('columnheader', { name: 'Code' });
    await codeHeader.getByRole('button').click();
    await expect(codeHeader).toHaveAttribute('aria-sort', 'ascending');
    await codeHeader.getByRole('button').click();
    await expect(codeHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(grid(page).locator('[data-row="0"]')).toBeVisible();
    // aria-sort flips at once; the rows follow when core answers the new query.
    await expect(async () => {
      const codes = await grid(page).locator('[data-row] [role="gridcell"]:first-child').allInnerTexts();
      const visible = codes.slice(0, 10);
      expect(visible.length).toBeGreaterThan(1);
      expect(visible).toEqual([...visible].sort().reverse());
    }).toPass();
    await shot('sorted-by-code-desc');
  });

  await test.step('filters: a room and an age band; rows show room · bed and an estimated age', async () => {
    const filters = page.getByRole('group', { name: 'Filter the list' });
    await filters.getByRole('combobox', { name: 'Room' }).click();
    await expect(page.getByRole('option', { name: 'Room 1' })).toBeVisible();
    await shot('filters-open');
    await page.getByRole('option', { name: 'Room 1' }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 matches the filters' })).toBeVisible();
    const row = dataRows(page).first();
    await expect(row).toContainText(SOUGHT_NAME);
    await expect(row).toContainText('Room 1 · A');
    await expect(row.getByLabel('About 19 (estimated)')).toHaveText('~19');
    await shot('filtered-by-room');
    // By keyboard: the age select opens with the arrow key and takes the option with Enter.
    await filters.getByRole('combobox', { name: 'Age' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('option', { name: 'Under 16' })).toBeVisible();
    // Enter takes the highlighted option: wait until the list has highlighted one (a busy machine lags).
    await expect(filters.getByRole('combobox', { name: 'Age' })).toHaveAttribute('aria-activedescendant', /.+/);
    await page.keyboard.press('Enter');
    await expect(filters.getByRole('combobox', { name: 'Age' })).toHaveValue('Under 16');
    await expect(page.getByText('Nobody matches these filters.', { exact: false })).toBeVisible();
    await shot('filters-nobody');
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${TOTAL} residents` })).toBeVisible();
    await expect(filters.getByRole('combobox', { name: 'Room' })).toHaveValue('');
  });

  await test.step('sorted by name with the room column; a misspelled shared name pages past the first hundred', async () => {
    await grid(page).getByRole('columnheader', { name: 'Name' }).getByRole('button').click();
    await expect(grid(page).getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    await search.fill(`${NAMESAKE_FAMILY.slice(0, 6)}y${NAMESAKE_FAMILY.slice(6)}`);
    await expect(page.getByText('No exact match — showing similar names')).toBeVisible();
    // Every namesake, and any other name a typo or two away: all of them, not just a first page.
    const status = page.getByRole('status').filter({ hasText: / found$/ });
    await expect(status).toBeVisible();
    const found = Number((await status.innerText()).replace(/\D/g, ''));
    expect(found).toBeGreaterThanOrEqual(NAMESAKES);
    await dataRows(page).first().click();
    await page.keyboard.press('End');
    const last = grid(page).locator(`[data-row="${found - 1}"]`);
    await expect(last).toBeFocused();
    await expect(dataRows(page).filter({ hasText: NAMESAKE_FAMILY }).first()).toBeVisible();
    await expect(grid(page).getByLabel('Loading…')).toHaveCount(0);
    await shot('fuzzy-page-2');
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${TOTAL} residents` })).toBeVisible();
  });

  await test.step('Home links to the list; coming back asks core again', async () => {
    await openFromNav(page, 'Home', `Welcome, ${SEED_MANAGER.fullName}`);
    await page.getByRole('link', { name: 'Open residents list' }).click();
    await expect(page.getByRole('heading', { name: 'Residents', exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `${TOTAL} residents` })).toBeVisible();
    await expect(dataRows(page).first()).toBeVisible();
  });

  expect(problems.errors).toEqual([]);
  expect(problems.cspRefusals).toEqual([]);
});

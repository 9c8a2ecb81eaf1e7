import type { Page } from '@playwright/test';
import { seedVault, SEED_MANAGER } from '../host/seed';
import { addCounsellorAndStaff, COUNSELLOR } from '../support/file-staff';
import { englishLeft } from '../support/english-left';
import { seriousFindings } from '../support/axe-check';
import { chooseLanguage, goToRoute as go } from '../support/route-walk';
import { expect, test } from '../support/host-fixture';
import { seedResidents } from '../support/residents-seed';
import { signIn } from '../support/screens';
import { screenshotter } from '../support/screenshots';

const ROUTES = ['', 'residents', 'residents/new', 'beds', 'staff', 'settings', 'partners', 'audit', 'backup', 'account/password'] as const;

async function firstResidentId(page: Page): Promise<string> {
  await go(page, 'residents');
  const row = page.locator('[role="row"][data-row]').first();
  await row.click();
  await row.press('Enter');
  const id = await page.evaluate(async () => {
    const bridge = (window as unknown as { amizero: { invoke: (c: string, i: unknown) => Promise<{ data: { items: { id: string }[] } }> } })
      .amizero;
    return (await bridge.invoke('residents.search', { query: '' })).data.items[0]!.id;
  });
  return id;
}

async function seeded(host: Parameters<Parameters<typeof test>[2]>[0]['host']) {
  await seedVault(host.core);
  await seedResidents(host.core, SEED_MANAGER, 3);
  await addCounsellorAndStaff(host.core, [{ fullName: 'Social Worker One', username: 'social1', role: 'social_worker' }]);
}

test.describe('languages and accessibility', () => {
  test('every route, in French and Kinyarwanda, shows no English sentence from the catalogue', async ({ page, host }) => {
    test.setTimeout(180_000);
    await seeded(host);
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    const file = `residents/${await firstResidentId(page)}`;
    for (const locale of ['fr', 'rw'] as const) {
      const shot = screenshotter(page, `languages-${locale}`);
      await chooseLanguage(page, locale);
      for (const route of [...ROUTES, file]) {
        await go(page, route);
        expect(await englishLeft(page, locale), `${locale} #/${route}`).toEqual([]);
        if (['', 'residents', 'backup'].includes(route) || route === file)
          await shot(route === '' ? 'home' : route === file ? 'file' : route);
      }
    }
    await chooseLanguage(page, 'en');
  });

  test('every route in each role passes the accessibility check (no serious or critical finding)', async ({ page, host }) => {
    test.setTimeout(240_000);
    await seeded(host);
    await page.goto(host.url);
    const accounts = [
      { username: SEED_MANAGER.username, password: SEED_MANAGER.password },
      { username: COUNSELLOR.username, password: COUNSELLOR.password },
    ];
    for (const account of accounts) {
      await signIn(page, account.username, account.password);
      if (account.username === COUNSELLOR.username) {
        // Her Home starts with her own residents (all three are assigned to her), with room and risk.
        const mine = page.getByRole('region', { name: 'My residents' });
        await expect(mine.getByRole('row')).toHaveCount(4);
        await expect(mine).toContainText('No known risk');
        await screenshotter(page, 'home-counsellor')('home');
      }
      const file = `residents/${await firstResidentId(page)}`;
      for (const route of [...ROUTES, file]) {
        await go(page, route);
        expect(await seriousFindings(page), `${account.username} #/${route}`).toEqual([]);
      }
      await page.getByRole('button', { name: 'Lock', exact: true }).click();
    }
  });

  test('a message already next to a field is said again when the language changes', async ({ page, host }) => {
    await seeded(host);
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    await go(page, 'residents/new');
    await page.getByRole('textbox', { name: 'Given names' }).press('Enter');
    await expect(page.getByText('Enter at least a name or an alias.')).toBeVisible();
    await chooseLanguage(page, 'fr');
    await expect(page.getByText('Indiquez au moins un nom ou un surnom.')).toBeVisible();
    await expect(page.getByText('Enter at least a name or an alias.')).toHaveCount(0);
    await chooseLanguage(page, 'rw');
    await expect(page.getByText('Andika nibura izina cyangwa irindi zina.')).toBeVisible();
    await chooseLanguage(page, 'en');
    await expect(page.getByText('Enter at least a name or an alias.')).toBeVisible();
  });

  test('the date field: one Tab stop, typed day/month/year, and a Monday-first calendar from the keyboard', async ({ page, host }) => {
    await seeded(host);
    await page.goto(host.url);
    await signIn(page, SEED_MANAGER.username, SEED_MANAGER.password);
    for (const [locale, label, monday] of [
      ['en', 'Admission date', 'Mo'],
      ['fr', "Date d'admission", 'lu'],
      ['rw', 'Itariki yakiriweho', 'mbe'],
    ] as const) {
      await chooseLanguage(page, locale);
      await go(page, 'residents/new');
      const box = page.getByRole('textbox', { name: label });
      await box.fill('06/12/2025');
      await box.blur();
      await expect(box).toHaveValue('06/12/2025');
      // From the date box, one Tab press leaves it (the calendar button is not a Tab stop).
      await box.focus();
      await page.keyboard.press('Tab');
      await expect(box).not.toBeFocused();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).not.toMatch(
        /calendar|calendrier|kalendari/i,
      );
      // Alt+↓ opens the calendar on the typed day; → and Enter pick the next day.
      await box.focus();
      await page.keyboard.press('Alt+ArrowDown');
      const grid = page.getByRole('grid');
      await expect(grid.getByRole('columnheader').first()).toHaveText(monday);
      // The typed day has the focus, so the arrow keys start from it.
      await expect(grid.locator('[data-day="2025-12-06"]')).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(grid.locator('[data-day="2025-12-07"]')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(box).toHaveValue('07/12/2025');
      await expect(box).toBeFocused();
      const shot = screenshotter(page, `date-field-${locale}`);
      await page.keyboard.press('Alt+ArrowDown');
      await shot('calendar');
      await page.keyboard.press('Escape');
      await expect(box).toBeFocused();
    }
    await chooseLanguage(page, 'en');
  });
});

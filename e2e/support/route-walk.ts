import { expect, type Page } from '@playwright/test';

/** Opens a route by its hash and waits until the page shows its own words and data, not a spinner. */
export async function goToRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
  await page.waitForFunction((hash) => window.location.hash === hash, `#/${route}`);
  await expect(page.getByRole('main')).toBeVisible();
  // The previous page's words must be gone and this page's data in before its text is read.
  await page.waitForTimeout(400);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 10_000 });
  // Wait for loaders to go so the page shows its words, not a spinner.
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0, { timeout: 10_000 });
}

/** The header's language picker, checked through <html lang>. */
export async function chooseLanguage(page: Page, locale: 'en' | 'fr' | 'rw'): Promise<void> {
  await page.getByRole('banner').locator('select').selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

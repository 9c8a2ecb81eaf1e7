import { expect, type Page } from '@playwright/test';
import type { AmizeroBridge } from '../../shared/contract/bridge';

/**
 * Small actions on the app's screens, found the way a person finds them: by role and
 * visible label (English catalogue, shared/i18n/locales/en.ts).
 */

export interface Account {
  fullName: string;
  username: string;
  password: string;
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // Wait for the attempt to settle: the sign-in screen goes, or a refusal empties the password.
  // A step that navigates earlier races the app, which sends a different user to Home on entry.
  await expect
    .poll(async () => {
      if ((await page.getByRole('heading', { name: 'Sign in' }).count()) === 0) return 'settled';
      // evaluateAll never waits, so a screen that goes mid-check cannot stall the poll.
      const emptied = await page
        .getByRole('textbox', { name: 'Password', exact: true })
        .evaluateAll((fields) => fields.some((f) => (f as HTMLInputElement).value === ''));
      return emptied ? 'settled' : 'pending';
    })
    .toBe('settled');
}

export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

export async function openFromNav(page: Page, name: string, heading = name): Promise<void> {
  await mainNav(page).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
}

export async function expectSignInScreen(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(mainNav(page)).toHaveCount(0);
}

/** The header's account button names who is signed in, whatever page the app reopened on. */
export async function expectSignedInAs(page: Page, fullName: string): Promise<void> {
  await expect(page.getByRole('banner').getByRole('button', { name: `Account menu for ${fullName}` })).toBeVisible();
}

/** Calls core through the page's own bridge, exactly as the renderer would. */
export function invokeFromPage(page: Page, channel: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    ({ channel, input }) => {
      const bridge = (window as unknown as { amizero: AmizeroBridge }).amizero;
      return (bridge.invoke as (c: string, i: unknown) => Promise<unknown>)(channel, input);
    },
    { channel, input },
  );
}

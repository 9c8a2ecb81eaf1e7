import type { Locator, Page } from '@playwright/test';
import { expect } from './host-fixture';
import { invokeFromPage } from './screens';
export { isoDaysAgo } from './dates';

/** Small helpers of the residents-screens specs (issue 16's walk defects). */
export const yearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-15`;

export type Ok<T> = { ok: true; data: T };

export async function call<T>(page: Page, channel: string, input: unknown): Promise<T> {
  const r = (await invokeFromPage(page, channel, input)) as Ok<T> | { ok: false; error: unknown };
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return (r as Ok<T>).data;
}

export async function openFile(page: Page, id: string, tab: string, name: string): Promise<void> {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.evaluate((hash) => (window.location.hash = hash), `#/residents/${id}?tab=${tab}`);
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/** The focused element's tag and text (the body's text would be the whole page). */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el === document.body || !el ? 'BODY' : `${el.tagName} ${el.textContent}`;
  });
}

export async function firstId(page: Page, query: string): Promise<string> {
  return (await call<{ items: { id: string }[] }>(page, 'residents.search', { query })).items[0]!.id;
}

/** Texts in the grid's cells that do not show whole: cut with an ellipsis or spilling out of the row. */
export async function cutTexts(grid: Locator): Promise<string[]> {
  return grid.locator('[role="row"][data-row] [role="gridcell"]').evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const cut = [...cell.querySelectorAll('p')].filter((p) => p.scrollWidth > p.clientWidth + 1).map((p) => p.textContent ?? '');
      const row = cell.closest('[role="row"]')!.getBoundingClientRect();
      const spills = [...cell.querySelectorAll('p')].filter((p) => p.getBoundingClientRect().bottom > row.bottom + 1);
      return [...cut, ...spills.map((p) => `${p.textContent ?? ''} (spills)`)];
    }),
  );
}

import type { Page } from '@playwright/test';
import { join, resolve } from 'node:path';

/** Git-ignored; looked at by people after a run (DESIGN.md: "Look at what you build"). */
export const SCREENSHOT_DIR = resolve(__dirname, '..', 'screenshots');

/** Numbered in visiting order so a folder listing reads like the walk itself. */
export function screenshotter(page: Page, folder: string): (name: string) => Promise<void> {
  let n = 0;
  return async (name: string) => {
    n += 1;
    const file = join(SCREENSHOT_DIR, folder, `${String(n).padStart(2, '0')}-${name}.png`);
    // Animations finished and the caret hidden, so pictures are comparable run to run.
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  };
}

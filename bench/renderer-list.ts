import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startTestHost } from '../e2e/host/test-host';
import { BENCH_PASSWORD, BENCH_USER, residentsVault } from './residents-vault';
import { percentile } from './stats';

const CHROMIUM = process.env.AMIZERO_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ROW = '[role="grid"] [data-row]';

/**
 * The app in Chromium over the real core (the e2e test host) on the same generated vault
 * as the core figures: time from "Sign in" to Home painted with its data (Argon2id
 * included), time from choosing "Residents" to the first row
 * on screen, from the last keystroke of a search to its rows on screen, and frame times
 * while the list is scrolled with the wheel. Timed inside the page (performance.now and
 * requestAnimationFrame), so Playwright's own polling is not counted.
 */
export async function benchRendererList(residents: number, rounds: number): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'amizero-bench-ui-'));
  const { dir } = await residentsVault(residents, work);
  const host = await startTestHost({ dataDir: dir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Africa/Kigali' });
    await page.goto(host.url);
    // Sign in, lock on Home, sign in again: each time until Home is painted with its cards' data.
    const firstScreen: number[] = [];
    for (let i = 0; i < rounds; i++) {
      if (i > 0) await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();
      await page.getByRole('textbox', { name: 'Username', exact: true }).fill(BENCH_USER);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(BENCH_PASSWORD);
      firstScreen.push(await page.evaluate(SIGN_IN_TO_HOME_SCRIPT));
    }

    const firstRows: number[] = [];
    for (let i = 0; i < rounds; i++) firstRows.push(await timeToFirstRows(page));

    const keystrokes: number[] = [];
    const searchbox = page.getByRole('searchbox', { name: 'Search residents' });
    for (const query of ['Muka', 'Uwi', 'Niyo', 'Ingabi', 'Habi', 'Mukamana', 'Claud', 'Ishim']) {
      await searchbox.fill(query.slice(0, -1));
      await page.waitForTimeout(400);
      keystrokes.push(await keystrokeToRows(page, query.slice(-1)));
    }
    await searchbox.fill('');
    await page.waitForTimeout(400);

    const frames = await scrollFrames(page);
    return {
      first_screen_after_sign_in_p50_ms: percentile(firstScreen, 50),
      first_screen_after_sign_in_p95_ms: percentile(firstScreen, 95),
      first_rows_p50_ms: percentile(firstRows, 50),
      first_rows_p95_ms: percentile(firstRows, 95),
      keystroke_to_rows_p50_ms: percentile(keystrokes, 50),
      keystroke_to_rows_p95_ms: percentile(keystrokes, 95),
      scroll_frame_p50_ms: percentile(frames, 50),
      scroll_frame_p95_ms: percentile(frames, 95),
      scroll_frames: frames.length,
    };
  } finally {
    await browser.close();
    await host.close();
    rmSync(work, { recursive: true, force: true });
  }
}

// Page scripts are strings: tsx (esbuild keepNames) would wrap named inner functions in a
// helper that does not exist inside the page.

// Home is ready when its heading is there, the backup card has its status and no card is
// still loading (the stay-limit card queries every current stay).
const SIGN_IN_TO_HOME_SCRIPT = `new Promise((resolve, reject) => {
  const button = [...document.querySelectorAll('button[type="submit"]')].find((b) => b.textContent.trim() === 'Sign in');
  if (!button) return reject(new Error('no Sign in button'));
  const t0 = performance.now();
  button.click();
  const ready = () =>
    [...document.querySelectorAll('main h2')].some((h) => h.textContent.startsWith('Welcome')) &&
    document.querySelector('[data-testid="backup-status-card"]') &&
    !document.querySelector('main [aria-label="Loading…"]');
  const check = () => {
    if (ready()) resolve(performance.now() - t0);
    else if (performance.now() - t0 > 10000) reject(new Error('Home did not appear after signing in'));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

const FIRST_ROWS_SCRIPT = `new Promise((resolve, reject) => {
  const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === 'Residents');
  if (!link) return reject(new Error('no Residents link in the navigation'));
  const t0 = performance.now();
  link.click();
  const check = () => (document.querySelector('${ROW}') ? resolve(performance.now() - t0) : requestAnimationFrame(check));
  requestAnimationFrame(check);
})`;

/** Home, then "Residents" from the navigation: milliseconds until a data row is painted. */
async function timeToFirstRows(page: Page): Promise<number> {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home', exact: true }).click();
  await page.locator(ROW).first().waitFor({ state: 'detached' });
  return page.evaluate(FIRST_ROWS_SCRIPT);
}

// The list stamps each search's answer with a generation and marks itself busy while one is
// on its way: a keystroke has its rows when the generation moved on and nothing is pending
// (typing "Muk" then "Muka" can bring the very same rows).
const ARM_KEYSTROKE_SCRIPT = `(() => {
  window.__bench = { gen: document.querySelector('[data-generation]').dataset.generation, keyAt: 0 };
  document.addEventListener('keydown', () => (window.__bench.keyAt = performance.now()), { once: true, capture: true });
})()`;

const ROWS_CHANGED_SCRIPT = `new Promise((resolve, reject) => {
  const deadline = performance.now() + 5000;
  const check = () => {
    const list = document.querySelector('[data-generation]');
    if (list.dataset.generation !== window.__bench.gen && list.getAttribute('aria-busy') !== 'true' && document.querySelector('${ROW}'))
      resolve(performance.now() - window.__bench.keyAt);
    else if (performance.now() > deadline) reject(new Error('no new rows after a keystroke'));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

/** Types the last character of a search and waits for the rows to change. */
async function keystrokeToRows(page: Page, lastChar: string): Promise<number> {
  await page.evaluate(ARM_KEYSTROKE_SCRIPT);
  await page.keyboard.type(lastChar);
  return page.evaluate(ROWS_CHANGED_SCRIPT);
}

const FRAME_RECORDER_SCRIPT = `(() => {
  window.__frames = [];
  let last = performance.now();
  const tick = (t) => {
    window.__frames.push(t - last);
    last = t;
    if (window.__frames.length < 2000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Wheel-scrolls the list for two seconds and returns the gaps between painted frames. */
async function scrollFrames(page: Page): Promise<number[]> {
  await page.locator('[role="grid"] [role="rowgroup"]').nth(1).hover();
  await page.evaluate(FRAME_RECORDER_SCRIPT);
  const until = Date.now() + 2000;
  while (Date.now() < until) await page.mouse.wheel(0, 1200);
  return page.evaluate<number[]>('window.__frames.slice(1)');
}

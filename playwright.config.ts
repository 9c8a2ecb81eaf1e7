import { defineConfig, devices } from '@playwright/test';

/**
 * Chromium comes from Debian (/usr/bin/chromium): build machines have no internet and
 * Playwright must never download a browser. Browser specs run the built renderer against
 * the real core through the test host (e2e/host); each spec starts its own host on a
 * temp data folder. Specs in e2e/electron/ drive the real app and skip themselves when
 * no Electron binary is installed.
 */
const CHROMIUM = process.env.AMIZERO_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  // e2e/host holds vitest tests and the host itself, not Playwright specs.
  testIgnore: ['host/**'],
  fullyParallel: false,
  // Two cores, and each vault unlock costs ~64 MiB and a quarter-second of Argon2id.
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['electron/**', 'host/**'],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        locale: 'en-GB',
        timezoneId: 'Africa/Kigali',
        launchOptions: {
          executablePath: CHROMIUM,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
    {
      // Drives Electron itself through _electron.launch; no browser is started for it.
      name: 'electron',
      testMatch: ['electron/**/*.spec.ts'],
    },
  ],
});

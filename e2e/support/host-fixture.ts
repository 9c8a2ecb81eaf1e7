import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHost, type TestHost } from '../host/test-host';

/**
 * Every test gets its own host on its own temp data folder. The folder is created here,
 * not by the host, so specs can still inspect it after the host (and core) have closed.
 */
export const test = base.extend<{ host: TestHost }>({
  // Playwright reads a fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'amizero-e2e-'));
    const host = await startTestHost({ dataDir });
    try {
      await use(host);
    } finally {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';

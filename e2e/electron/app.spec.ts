import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { AmizeroBridge } from '../../shared/contract/bridge';

/**
 * The real Electron shell over the built app (`electron-vite build` first). Build machines
 * install the electron package with ELECTRON_SKIP_BINARY_DOWNLOAD=1, so there is no
 * binary to launch there; this spec then skips and says why.
 */
const repo = path.resolve(__dirname, '..', '..');

/**
 * Where the electron package put its binary, read from its path.txt. Requiring 'electron'
 * instead would start a download attempt when the binary is missing.
 */
function electronBinary(): string | null {
  try {
    const pkgDir = path.dirname(createRequire(path.join(repo, 'package.json')).resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const relative = readFileSync(pathFile, 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkgDir, 'dist');
    const binary = path.join(dist, relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const executablePath = electronBinary();
const SKIP_REASON = 'Electron binary not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD); run on a machine with the binary';
if (executablePath === null) process.stdout.write(`e2e/electron skipped: ${SKIP_REASON}\n`);

test.describe('Electron shell', () => {
  test.skip(executablePath === null, SKIP_REASON);

  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'amizero-electron-e2e-'));
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env))
      if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE' && k !== 'ELECTRON_RENDERER_URL') env[k] = v;
    env.AMIZERO_DATA_DIR = dataDir;
    app = await electron.launch({
      executablePath: executablePath ?? undefined,
      // Chromium refuses to start its OS sandbox as root (CI containers); the page's own
      // sandbox, isolation and CSP are unchanged by this switch.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), repo],
      env,
      cwd: repo,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('serves the page from app://amizero with a nonce for styles', async () => {
    expect(page.url()).toMatch(/^app:\/\/amizero\//);
    const nonce = await page.locator('meta[name="csp-nonce"]').getAttribute('content');
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  test('shows the setup wizard on a fresh data folder', async () => {
    await expect(page.getByRole('heading', { name: 'Set up Amizero on this computer' })).toBeVisible({ timeout: 15_000 });
  });

  test('exposes window.amizero and nothing of Node', async () => {
    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const bridge = w.amizero as { host?: unknown; invoke?: unknown; on?: unknown } | undefined;
      return {
        bridge: typeof bridge,
        host: bridge?.host,
        invoke: typeof bridge?.invoke,
        on: typeof bridge?.on,
        keys: bridge ? Object.keys(bridge).sort() : [],
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        Buffer: typeof w.Buffer,
      };
    });
    expect(globals).toEqual({
      bridge: 'object',
      host: 'electron',
      invoke: 'function',
      on: 'function',
      keys: ['chooseDialog', 'host', 'invoke', 'on', 'print'],
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
    });
  });

  test('reaches core through the bridge, and only for contract channels', async () => {
    const status = await page.evaluate(() => (window as unknown as { amizero: AmizeroBridge }).amizero.invoke('app.status', {}));
    expect(status).toMatchObject({ ok: true, data: { vault: 'none', signedIn: false } });
    const unknown = await page.evaluate(() => {
      const invoke = (window as unknown as { amizero: { invoke(c: string, i: unknown): Promise<unknown> } }).amizero.invoke;
      return invoke('fs.readFile', {});
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  test('binds the Print path in main: core answers an unknown token, the preload a malformed one, and no window opens', async () => {
    // The system print dialog itself needs a person; what reaches it is checked in
    // e2e/specs/printing.spec.ts against the test host's stand-in for this path.
    const answers = await page.evaluate(async () => {
      const print = (window as unknown as { amizero: { print(r: unknown): Promise<unknown> } }).amizero.print;
      return [await print({ token: 'A'.repeat(43) }), await print({ token: 'not a token' })];
    });
    expect(answers).toEqual([
      { ok: false, error: expect.objectContaining({ code: 'PRINT_JOB_UNKNOWN' }) },
      { ok: false, error: expect.objectContaining({ code: 'VALIDATION' }) },
    ]);
    expect(app.windows()).toHaveLength(1);
  });

  test('makes no outbound request and opens no window', async () => {
    const fetched = await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(fetched).toBe('blocked');
    const opened = await page.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});

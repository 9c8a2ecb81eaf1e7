/**
 * Test host from the command line: the real core on a data folder, the built renderer
 * and the window.amizero shim, on 127.0.0.1. For looking at the UI in a plain browser
 * and taking screenshots without Electron. Test-only; never part of a package.
 *
 *   npx electron-vite build                      # builds out/renderer (or $AMIZERO_RENDERER_DIR); rerun after UI changes
 *   npx tsx e2e/host/serve.ts                    # fresh temp vault, random port; prints the URL
 *   npx tsx e2e/host/serve.ts --port 5199        # fixed port
 *   npx tsx e2e/host/serve.ts --data-dir D       # reuse/keep a vault folder (temp ones are deleted on exit)
 *   npx tsx e2e/host/serve.ts --seed             # also runs setup with demo credentials, printed below,
 *                                                # so the sign-in screen and the app can be reached at once
 *
 * Open the printed URL in Chromium (e.g. `chromium --headless --screenshot=shot.png URL`,
 * or Playwright). Only pages served by this host can call core: the RPC needs the per-run
 * token inside /__host/shim.js and this host's own Origin. Stop with Ctrl+C.
 */
import { parseArgs } from 'node:util';
import { startTestHost } from './test-host';
import { seedVault, SEED_MANAGER } from './seed';

function fail(message: string): never {
  process.stderr.write(`serve: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values: { port?: string; 'data-dir'?: string; seed?: boolean };
  try {
    ({ values } = parseArgs({
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, seed: { type: 'boolean' } },
      strict: true,
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535`);

  const host = await startTestHost({ port, ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}) }).catch(
    (e: NodeJS.ErrnoException) =>
      fail(e.code === 'EADDRINUSE' ? `port ${port} is already in use (leave out --port for a free one)` : e.message),
  );
  if (values.seed) {
    const recoveryKey = await seedVault(host.core);
    process.stdout.write(`seeded: username ${SEED_MANAGER.username} / password ${SEED_MANAGER.password} / recovery key ${recoveryKey}\n`);
  }
  process.stdout.write(`data folder: ${host.dataDir}\n`);
  process.stdout.write(`${host.url}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => fail((e as Error)?.message ?? String(e)));

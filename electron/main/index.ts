import path from 'node:path';
import { app, type BrowserWindow } from 'electron';
import { CoreHost } from '../core/host/core-host';
import type { OriginPolicy } from './app-origin';
import { resolveDataDir } from './data-dir';
import { bindContract } from './ipc';
import { bindDialogs } from './dialogs';
import { bindPrinting } from './print';
import { installMenu } from './menu';
import { locateNativeBinding } from './native-binding';
import { lockWithTheSystem } from './power';
import { registerAppScheme, serveRenderer } from './protocol';
import { guardWebContents, hardenDefaultSession, refuseDebugSwitches } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow, focusWindow } from './window';

// The dev server is honoured only in an unpackaged run; a packaged app ignores the variable.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const policy: OriginPolicy = { devServerUrl, allowDevTools: !app.isPackaged };

let win: BrowserWindow | null = null;
let core: CoreHost | null = null;
let quitting: 'no' | 'closing-core' | 'core-closed' = 'no';

// Both must happen before 'ready'. crashReporter is never started: nothing is uploaded,
// and Electron itself sends no telemetry.
registerAppScheme();
app.enableSandbox();

if (refuseDebugSwitches()) {
  // Quitting: a packaged app does not run with a debugger port or protections switched off.
} else if (!claimSingleInstance(() => focusWindow(win))) {
  app.quit();
} else {
  guardWebContents(policy);
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', closeCoreBeforeQuit);
  app.whenReady().then(start, fail);
}

function start(): void {
  hardenDefaultSession(policy);
  serveRenderer(path.join(__dirname, '..', 'renderer'));

  const nativeBinding = locateNativeBinding();
  if (nativeBinding === null) {
    app.exit(1);
    return;
  }
  // Core runs on its own thread: Argon2id, backups and restores never freeze the window.
  // If that thread dies the window hears `session.locked` ('fault') and shows why.
  const started = new CoreHost({
    dataDir: resolveDataDir(process.env, app.getPath('userData')),
    nativeBinding,
    version: app.getVersion(),
    onStopped: (detail) => process.stderr.write(`[amizero] ${detail}; the vault is locked\n`),
  });
  core = started;
  bindContract(started, () => win, policy);
  bindDialogs(
    () => win,
    policy,
    () => core,
  );
  bindPrinting(
    () => win,
    policy,
    () => core,
  );
  lockWithTheSystem(started);
  installMenu();

  win = createMainWindow({ devServerUrl });
  win.on('closed', () => {
    win = null;
  });
}

/** Quitting locks first and waits for core's thread to end: the database is closed and the key dropped before the process ends. */
function closeCoreBeforeQuit(event: Electron.Event): void {
  if (!core || quitting === 'core-closed') return;
  event.preventDefault();
  if (quitting === 'closing-core') return;
  quitting = 'closing-core';
  core
    .close()
    .catch((e: unknown) => process.stderr.write(`[amizero] closing the vault failed: ${String(e)}\n`))
    .finally(() => {
      quitting = 'core-closed';
      app.quit();
    });
}

function fail(e: unknown): void {
  process.stderr.write(`[amizero] start-up failed: ${(e as Error)?.stack ?? String(e)}\n`);
  app.exit(1);
}

import { existsSync } from 'node:fs';
import { app, dialog } from 'electron';
import { electronNativeBindingPath } from './native-binding-path';

/**
 * The Electron-ABI SQLite binary for this run. A packaged app without it is a broken
 * install and stops here; an unpackaged run carries on so the UI still opens, and says
 * how to produce the binary (opening the vault fails until then).
 */
export function locateNativeBinding(): string | null {
  const file = electronNativeBindingPath({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    electronVersion: process.versions.electron ?? '',
    platform: process.platform,
    arch: process.arch,
  });
  if (existsSync(file)) return file;
  if (app.isPackaged) {
    dialog.showErrorBox('Amizero cannot start', 'A part of the installation is missing (the database engine). Please reinstall Amizero.');
    return null;
  }
  process.stderr.write(
    `[amizero] Electron build of the SQLite module not found at ${file}; run "node build/scripts/electron-native.mjs" (needs internet once). The vault cannot open until then.\n`,
  );
  return file;
}

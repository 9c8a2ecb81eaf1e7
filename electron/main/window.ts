import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { mainWebPreferences } from './web-preferences';

export function createMainWindow(opts: { devServerUrl: string | undefined }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Amizero',
    backgroundColor: '#ffffff',
    webPreferences: mainWebPreferences({
      // out/main/index.js → out/preload/index.cjs, inside app.asar when packaged.
      preload: path.join(__dirname, '..', 'preload', 'index.cjs'),
      devTools: !app.isPackaged,
    }),
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(opts.devServerUrl ?? APP_ENTRY_URL);
  return win;
}

export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

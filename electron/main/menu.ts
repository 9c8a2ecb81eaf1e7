import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * Standard roles only: editing shortcuts (macOS text fields need them in the menu), zoom,
 * window. Locking stays with the page (button, Ctrl/Cmd+L, idle) because it saves open
 * drafts before it locks; a menu accelerator would take the shortcut away from it.
 * Reload and DevTools exist only in unpackaged runs.
 */
export function installMenu(): void {
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const devItems: MenuItemConstructorOptions[] = app.isPackaged ? [] : [{ role: 'reload' }, { role: 'toggleDevTools' }, sep];
  const view: MenuItemConstructorOptions = {
    role: 'viewMenu',
    submenu: [...devItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, sep, { role: 'togglefullscreen' }],
  };
  const first: MenuItemConstructorOptions = process.platform === 'darwin' ? { role: 'appMenu' } : { role: 'fileMenu' };
  Menu.setApplicationMenu(Menu.buildFromTemplate([first, { role: 'editMenu' }, view, { role: 'windowMenu' }]));
}

import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { CoreHost } from '../core/host/core-host';
import type { OriginPolicy } from './app-origin';
import { boundChannels, forbiddenSender, forwardedEvents, isTrustedSender, type SenderFacts } from './ipc-policy';

export function senderFacts(event: IpcMainInvokeEvent, win: BrowserWindow | null): SenderFacts {
  const frame = event.senderFrame;
  if (!win || win.isDestroyed() || !frame) return { url: undefined, fromOurWindow: false, isMainFrame: false };
  const main = win.webContents.mainFrame;
  return {
    url: frame.url,
    fromOurWindow: event.sender.id === win.webContents.id,
    isMainFrame: frame.parent === null && !frame.detached && frame.frameToken === main.frameToken,
  };
}

/**
 * One handler per contract channel. Main only decides *who* is calling; what they may do
 * (session, role, input schema) is core's job, the same for IPC, the CLI and the test host.
 */
export function bindContract(core: CoreHost, getWindow: () => BrowserWindow | null, policy: OriginPolicy): void {
  for (const { channel, ipcName } of boundChannels()) {
    ipcMain.handle(ipcName, async (event, input: unknown) => {
      if (!isTrustedSender(senderFacts(event, getWindow()), policy)) return forbiddenSender();
      return core.dispatch(channel, input);
    });
  }
  for (const { event, ipcName } of forwardedEvents()) {
    core.events.on(event, (payload) => {
      const win = getWindow();
      if (win && !win.isDestroyed()) win.webContents.send(ipcName, payload);
    });
  }
}

import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { DIALOG_IPC, type DialogResponse } from '../../shared/contract/dialogs';
import type { Result } from '../../shared/errors';
import type { OriginPolicy } from './app-origin';
import { chosenPath, parseDialogRequest, planDialog } from './dialog-options';
import type { CoreHost } from '../core/host/core-host';
import { senderFacts } from './ipc';
import { forbiddenSender, isTrustedSender } from './ipc-policy';

/**
 * The only way a path reaches core: a native dialog the person answered. Same
 * sender-frame check as the contract channels; the dialog is modal to our window. The
 * chosen path goes to core, and the page gets core's one-time token for it (and the name
 * and folder to show), never the path itself.
 */
export function bindDialogs(
  getWindow: () => BrowserWindow | null,
  policy: OriginPolicy,
  getCore: () => Pick<CoreHost, 'grantPath'> | null,
): void {
  ipcMain.handle(DIALOG_IPC, async (event, raw: unknown): Promise<Result<DialogResponse>> => {
    const win = getWindow();
    if (!win || !isTrustedSender(senderFacts(event, win), policy)) return forbiddenSender();
    const request = parseDialogRequest(raw);
    if (!request) return { ok: false, error: { code: 'VALIDATION', message: 'malformed dialog request' } };
    const plan = planDialog(request, app.getPath('documents'));
    const answer = plan.show === 'open' ? await dialog.showOpenDialog(win, plan.options) : await dialog.showSaveDialog(win, plan.options);
    const path = chosenPath(answer);
    if (path === null) return { ok: true, data: { cancelled: true } };
    const core = getCore();
    if (!core) return { ok: false, error: { code: 'INTERNAL', message: 'core is not running' } };
    return core.grantPath(request.kind, path);
  });
}

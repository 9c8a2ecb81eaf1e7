import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { DIALOG_IPC, type DialogResponse } from '../../shared/contract/dialogs';
import type { Result } from '../../shared/errors';
import type { OriginPolicy } from './app-origin';
import { parseDialogRequest, planDialog, toDialogResponse } from './dialog-options';
import { senderFacts } from './ipc';
import { forbiddenSender, isTrustedSender } from './ipc-policy';

/**
 * The only way a path reaches the page: a native dialog the person answered. Same
 * sender-frame check as the contract channels; the dialog is modal to our window.
 */
export function bindDialogs(getWindow: () => BrowserWindow | null, policy: OriginPolicy): void {
  ipcMain.handle(DIALOG_IPC, async (event, raw: unknown): Promise<Result<DialogResponse>> => {
    const win = getWindow();
    if (!win || !isTrustedSender(senderFacts(event, win), policy)) return forbiddenSender();
    const request = parseDialogRequest(raw);
    if (!request) return { ok: false, error: { code: 'VALIDATION', message: 'malformed dialog request' } };
    const plan = planDialog(request, app.getPath('documents'));
    const answer = plan.show === 'open' ? await dialog.showOpenDialog(win, plan.options) : await dialog.showSaveDialog(win, plan.options);
    return { ok: true, data: toDialogResponse(answer) };
  });
}

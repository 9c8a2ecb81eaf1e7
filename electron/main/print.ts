import { BrowserWindow, ipcMain, session, type Session } from 'electron';
import { PRINT_IPC, printRequestSchema, type PrintResponse } from '../../shared/contract/print';
import type { Result } from '../../shared/errors';
import type { OriginPolicy } from './app-origin';
import type { CoreHost } from '../core/host/core-host';
import { senderFacts } from './ipc';
import { forbiddenSender, isTrustedSender } from './ipc-policy';
import { OneShotPdfRoute, PRINT_SCHEME, isAllowedPrintRequest } from './print-route';

/** In memory (no `persist:` prefix): nothing the print window loads is kept on disk. */
const PRINT_PARTITION = 'amizero-print';

function printSession(route: OneShotPdfRoute): Session {
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedPrintRequest(details.url) }));
  ses.protocol.handle(PRINT_SCHEME, (request) => route.answer(request));
  return ses;
}

/**
 * The page's Print button: it holds a one-time token from a print channel; main redeems
 * it in core for the PDF's bytes (core checks the sign-in and audits), serves them once
 * from memory to a hidden window with no preload, and opens the system print dialog.
 * The logic lives in core (pdf/print-jobs.ts, pdf/print.ts) and print-route.ts.
 */
export function bindPrinting(
  getWindow: () => BrowserWindow | null,
  policy: OriginPolicy,
  getCore: () => Pick<CoreHost, 'takePrintJob'> | null,
): void {
  const route = new OneShotPdfRoute();
  let ses: Session | null = null;
  ipcMain.handle(PRINT_IPC, async (event, raw: unknown): Promise<Result<PrintResponse>> => {
    const win = getWindow();
    if (!win || !isTrustedSender(senderFacts(event, win), policy)) return forbiddenSender();
    const request = printRequestSchema.safeParse(raw);
    if (!request.success) return { ok: false, error: { code: 'VALIDATION', message: 'malformed print request' } };
    const core = getCore();
    if (!core) return { ok: false, error: { code: 'INTERNAL', message: 'core is not running' } };
    const taken = await core.takePrintJob(request.data.token);
    if (!taken.ok) return taken;
    ses ??= printSession(route);
    const url = route.offer(taken.data);
    const printer = new BrowserWindow({
      show: false,
      parent: win,
      webPreferences: { session: ses, sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, devTools: false },
    });
    try {
      await printer.loadURL(url);
      await new Promise<void>((done) => printer.webContents.print({}, () => done()));
    } finally {
      route.withdraw(url);
      printer.destroy();
    }
    return { ok: true, data: { handedOver: true } };
  });
}

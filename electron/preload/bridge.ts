import { EVENT_NAMES, isChannelName, type ChannelInput, type ChannelName, type ChannelOutput, type EventName } from '../../shared/contract';
import type { AmizeroBridge } from '../../shared/contract/bridge';
import { DIALOG_IPC, dialogRequestSchema, type DialogResponse } from '../../shared/contract/dialogs';
import { PRINT_IPC, printRequestSchema, type PrintResponse } from '../../shared/contract/print';
import type { Result } from '../../shared/errors';
import { ipcChannelFor, ipcEventFor } from '../main/ipc-names';

/** The slice of ipcRenderer the bridge uses (a fake in unit tests). */
export interface RendererIpc {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

const eventNames = new Set<string>(EVENT_NAMES);

function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && eventNames.has(name);
}

/**
 * The page's only door to core. It knows channel and event names and nothing else:
 * unknown channels are answered here without reaching main, and the IPC event object
 * (which carries the sender) never reaches the page.
 */
export function createBridge(ipc: RendererIpc): AmizeroBridge {
  return {
    invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
      if (!isChannelName(channel)) {
        const refused: Result<never> = { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `unknown channel ${String(channel)}` } };
        return Promise.resolve(refused);
      }
      return ipc.invoke(ipcChannelFor(channel), input) as Promise<Result<ChannelOutput<C>>>;
    },
    on(event, listener) {
      if (!isEventName(event)) throw new TypeError(`unknown event ${String(event)}`);
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      const ipcName = ipcEventFor(event);
      const relay = (_event: unknown, payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
      ipc.on(ipcName, relay);
      return () => {
        ipc.removeListener(ipcName, relay);
      };
    },
    chooseDialog(request) {
      // Main parses it again; a malformed request never leaves the page.
      if (!dialogRequestSchema.safeParse(request).success) {
        const refused: Result<DialogResponse> = { ok: false, error: { code: 'VALIDATION', message: 'malformed dialog request' } };
        return Promise.resolve(refused);
      }
      return ipc.invoke(DIALOG_IPC, request) as Promise<Result<DialogResponse>>;
    },
    print(request) {
      if (!printRequestSchema.safeParse(request).success) {
        const refused: Result<PrintResponse> = { ok: false, error: { code: 'VALIDATION', message: 'malformed print request' } };
        return Promise.resolve(refused);
      }
      return ipc.invoke(PRINT_IPC, request) as Promise<Result<PrintResponse>>;
    },
    host: 'electron',
  };
}

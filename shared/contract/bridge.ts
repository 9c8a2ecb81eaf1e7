import type { Result } from '../errors';
import type { ChannelInput, ChannelName, ChannelOutput } from './index';
import type { EventName, EventPayload } from './events';
import type { DialogRequest, DialogResponse } from './dialogs';
import type { PrintRequest, PrintResponse } from './print';

/**
 * What the preload (or, in tests, the test host's shim) puts on `window.amizero`.
 * It carries only channel names and plain data: no keys, paths or SQL.
 */
export interface AmizeroBridge {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Shows a file dialog (shared/contract/dialogs.ts) and returns the path the person chose. */
  chooseDialog(request: DialogRequest): Promise<Result<DialogResponse>>;
  /** Hands a print channel's one-time token to main, which shows that PDF in the system print dialog (shared/contract/print.ts). */
  print(request: PrintRequest): Promise<Result<PrintResponse>>;
  /** Which kind of host is behind the bridge (shown in the About box, used by tests). */
  host: 'electron' | 'test-host';
}

import type { Result } from '../errors';
import type { ChannelInput, ChannelName, ChannelOutput } from './index';
import type { EventName, EventPayload } from './events';

/**
 * What the preload (or, in tests, the test host's shim) puts on `window.amizero`.
 * It carries only channel names and plain data: no keys, paths or SQL.
 */
export interface AmizeroBridge {
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Which kind of host is behind the bridge (shown in the About box, used by tests). */
  host: 'electron' | 'test-host';
}

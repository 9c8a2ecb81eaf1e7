import { permissionMatrix, type ChannelInput, type ChannelName, type ChannelOutput } from '../../../shared/contract';
import { ApiError } from './api-error';
import { getBridge } from './bridge';

type Listener = () => void;
let onNotSignedIn: Listener | null = null;

/**
 * Core answers NOT_SIGNED_IN when it locked on its own (idle limit, OS lock). The
 * session store registers here so any screen's refusal takes the user to sign-in.
 */
export function setNotSignedInHandler(listener: Listener | null): void {
  onNotSignedIn = listener;
}

/** Calls a channel and returns its data, or throws an ApiError with core's code. */
export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const bridge = getBridge();
  if (!bridge) throw new ApiError({ code: 'INTERNAL', message: 'window.amizero is missing' });
  let result;
  try {
    result = await bridge.invoke(channel, input);
  } catch (e) {
    throw new ApiError({ code: 'INTERNAL', message: e instanceof Error ? e.message : 'bridge failure' });
  }
  if (result.ok) return result.data;
  if (result.error.code === 'NOT_SIGNED_IN' && permissionMatrix[channel] !== 'public') onNotSignedIn?.();
  throw new ApiError(result.error);
}

import { CHANNEL_NAMES, EVENT_NAMES, type ChannelName, type EventName } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { isAppUrl, isDevServerUrl, type OriginPolicy } from './app-origin';
import { ipcChannelFor, ipcEventFor } from './ipc-names';

/** What main knows about the frame behind an IPC call. */
export interface SenderFacts {
  /** event.senderFrame?.url; undefined when the frame is already gone. */
  url: string | undefined;
  /** The call came from our window's webContents. */
  fromOurWindow: boolean;
  /** …and from its top-level frame, not an iframe or a detached frame. */
  isMainFrame: boolean;
}

/**
 * Only our own page in our own window may reach core: an injected iframe, a stray
 * webContents or a page that navigated elsewhere gets nothing.
 */
export function isTrustedSender(sender: SenderFacts, policy: OriginPolicy = {}): boolean {
  if (!sender.fromOurWindow || !sender.isMainFrame || !sender.url) return false;
  return isAppUrl(sender.url) || isDevServerUrl(sender.url, policy.devServerUrl);
}

export function forbiddenSender(): Result<never> {
  return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'this frame may not call the app' } };
}

/** Every contract channel, bound once each: a channel exists in main iff it is in the contract. */
export function boundChannels(): { channel: ChannelName; ipcName: string }[] {
  return CHANNEL_NAMES.map((channel) => ({ channel, ipcName: ipcChannelFor(channel) }));
}

export function forwardedEvents(): { event: EventName; ipcName: string }[] {
  return EVENT_NAMES.map((event) => ({ event, ipcName: ipcEventFor(event) }));
}

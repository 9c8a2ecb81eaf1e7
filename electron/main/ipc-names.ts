import { IPC_PREFIX, type ChannelName, type EventName } from '../../shared/contract';

/**
 * Electron IPC names for contract channels and events, shared by main and preload so the
 * two can never drift apart. The prefix keeps ours apart from Electron's own channels.
 */
export function ipcChannelFor(channel: ChannelName): string {
  return IPC_PREFIX + channel;
}

export function ipcEventFor(event: EventName): string {
  return `${IPC_PREFIX}event:${event}`;
}

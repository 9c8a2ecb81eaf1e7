import type { ReactNode } from 'react';
import type { ChannelName } from '../../../shared/contract';
import { useCan } from './can';
import { NotAvailable } from './NotAvailable';

/** Guards a route by the channel its page needs; a typed-in address shows a clear page, not an error. */
export function RequireChannel({ channel, children }: { channel: ChannelName; children: ReactNode }) {
  return useCan(channel) ? <>{children}</> : <NotAvailable />;
}

import type { ChannelName } from '../../../../../shared/contract';
import { canOnResident } from '../../../permissions/can';
import { useSessionStore } from '../../../stores/session';
import { useResidentFileStore } from './file-store';

/**
 * Whether the open file's actions may be offered: her role may call the channel and, in her
 * relation to this resident, the access table lets her (breaking the glass opens a file to
 * read, never to change). Core refuses the same.
 */
export function useCanOnFile(channel: ChannelName): boolean {
  const role = useSessionStore((s) => s.user?.role);
  const relation = useResidentFileStore((s) => s.relation) ?? 'assigned';
  return canOnResident(role, relation, channel);
}

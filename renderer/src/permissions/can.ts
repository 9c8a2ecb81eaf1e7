import { permissionMatrix, type ChannelName } from '../../../shared/contract';
import type { Role } from '../../../shared/roles';
import { useSessionStore } from '../stores/session';

/**
 * Reads the contract's permission matrix: the UI hides exactly what core would refuse,
 * and no role list is ever written down twice.
 */
export function canCall(role: Role | null | undefined, channel: ChannelName): boolean {
  const access = permissionMatrix[channel];
  if (access === 'public') return true;
  return role ? access.includes(role) : false;
}

export function useCan(channel: ChannelName): boolean {
  const role = useSessionStore((s) => s.user?.role);
  return canCall(role, channel);
}

import { contract, permissionMatrix, type ChannelName } from '../../../shared/contract';
import { allows, type AccessRelation } from '../../../shared/access/table';
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

/**
 * For one resident: the role may call the channel and the access table lets her, in her
 * relation to this resident, do what it does (a file opened by breaking the glass is read,
 * never changed). Core's gate reads the same table.
 */
export function canOnResident(role: Role | null | undefined, relation: AccessRelation, channel: ChannelName): boolean {
  if (!canCall(role, channel) || !role) return false;
  const subject = contract[channel].resident;
  return typeof subject !== 'object' || allows(role, relation, subject.category, subject.action);
}

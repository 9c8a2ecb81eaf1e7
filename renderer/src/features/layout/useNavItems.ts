import { useSessionStore } from '../../stores/session';
import { canCall } from '../../permissions/can';
import { NAV_ITEMS, type NavItem } from './nav';

export function useNavItems(): NavItem[] {
  const role = useSessionStore((s) => s.user?.role);
  return NAV_ITEMS.filter((item) => item.channel === null || canCall(role, item.channel));
}

import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { useSessionStore } from '../../stores/session';
import { useIdleLock } from './useIdleLock';
import { useLockShortcut } from './useLockShortcut';

/** Mounted while someone is signed in, whatever screen they are on. */
export function SessionGuards() {
  const minutes = useSessionStore((s) => s.settings?.idleLockMinutes ?? DEFAULT_SETTINGS.idleLockMinutes);
  useIdleLock(minutes);
  useLockShortcut();
  return null;
}

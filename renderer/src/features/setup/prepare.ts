import { call } from '../../api/client';
import { useSetupStore } from './setup-store';

let inFlight: Promise<void> | null = null;

/**
 * Asks core for a recovery key once per need: React's double effects in development
 * and quick back-and-forth must not make core replace a key the user is copying.
 */
export function prepareRecoveryKey(): Promise<void> {
  if (useSetupStore.getState().recovery) return Promise.resolve();
  inFlight ??= call('setup.prepare', {})
    .then((r) => useSetupStore.getState().setRecovery({ key: r.recoveryKey, confirmGroups: r.confirmGroups }))
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

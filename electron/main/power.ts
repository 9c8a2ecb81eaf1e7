import { powerMonitor } from 'electron';
import type { CoreHost } from '../core/host/core-host';
import { SYSTEM_IDLE_CHECK_MS, shouldLockForSystemIdle } from './idle-policy';

/** Whoever walks up to a locked or woken computer must sign in again. */
export function lockWithTheSystem(core: CoreHost): () => void {
  const lockForOs = () => void core.requestLock('os');
  powerMonitor.on('lock-screen', lockForOs);
  powerMonitor.on('suspend', lockForOs);
  // macOS fast user switching leaves the session running behind another user.
  powerMonitor.on('user-did-resign-active', lockForOs);

  const timer = setInterval(() => {
    // No worker running means nothing is open (and asking would start one).
    if (!core.running) return;
    core.invoke('idleLockMs').then(
      (idleLockMs) => {
        if (idleLockMs !== null && shouldLockForSystemIdle(powerMonitor.getSystemIdleTime(), idleLockMs)) void core.requestLock('idle');
      },
      () => undefined,
    );
  }, SYSTEM_IDLE_CHECK_MS);
  timer.unref();

  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', lockForOs);
    powerMonitor.off('suspend', lockForOs);
    powerMonitor.off('user-did-resign-active', lockForOs);
  };
}

import { powerMonitor } from 'electron';
import type { Core } from '../core/core';
import { SYSTEM_IDLE_CHECK_MS, shouldLockForSystemIdle } from './idle-policy';

/** Whoever walks up to a locked or woken computer must sign in again. */
export function lockWithTheSystem(core: Core): () => void {
  const lockForOs = () => void core.requestLock('os');
  powerMonitor.on('lock-screen', lockForOs);
  powerMonitor.on('suspend', lockForOs);
  // macOS fast user switching leaves the session running behind another user.
  powerMonitor.on('user-did-resign-active', lockForOs);

  const timer = setInterval(() => {
    const session = core.state.session;
    if (session && shouldLockForSystemIdle(powerMonitor.getSystemIdleTime(), session.idleLockMs)) void core.requestLock('idle');
  }, SYSTEM_IDLE_CHECK_MS);
  timer.unref();

  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', lockForOs);
    powerMonitor.off('suspend', lockForOs);
    powerMonitor.off('user-did-resign-active', lockForOs);
  };
}

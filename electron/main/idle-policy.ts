/**
 * A backstop for the renderer's idle timer, which Chromium throttles while the window is
 * hidden: if the whole computer has been idle past the limit, lock.
 */
export function shouldLockForSystemIdle(systemIdleSeconds: number, idleLockMs: number | undefined): boolean {
  if (idleLockMs === undefined || idleLockMs <= 0) return false;
  return systemIdleSeconds * 1000 >= idleLockMs;
}

export const SYSTEM_IDLE_CHECK_MS = 30_000;

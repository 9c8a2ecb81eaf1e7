import { app } from 'electron';

/**
 * Two processes must never hold the vault at once (one could lock while the other
 * writes). Returns false when another instance already runs; that one is told to
 * come to the front instead.
 */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', onSecondInstance);
  return true;
}

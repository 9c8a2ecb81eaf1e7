import { notifications } from '@mantine/notifications';
import type { LOCK_REASONS } from '../../../../shared/contract/channels/auth';
import { call } from '../../api/client';
import { flushDrafts } from '../../drafts/flush-registry';
import { useSessionStore, type LockReason as ShownReason } from '../../stores/session';

type LockReason = (typeof LOCK_REASONS)[number];

/**
 * Forget everything on screen: notifications, stores, and (by leaving the 'app' phase)
 * every page and dialog. Safe to call more than once; core's `session.locked` event
 * and the lock call's own answer both end up here.
 */
export function forgetSession(reason: ShownReason): void {
  if (useSessionStore.getState().phase !== 'app') return;
  notifications.clean();
  useSessionStore.getState().markLocked(reason);
}

let locking = false;

/** Locks from this window: unsaved drafts first, then core closes the database. */
export async function lockNow(reason: LockReason): Promise<void> {
  if (locking || useSessionStore.getState().phase !== 'app') return;
  locking = true;
  try {
    await flushDrafts();
    await call('auth.lock', { reason }).catch(() => undefined);
  } finally {
    locking = false;
    // Even if core could not be reached, the window stops showing anything.
    forgetSession(reason);
  }
}

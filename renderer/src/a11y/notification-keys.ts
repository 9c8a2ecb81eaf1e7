import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';

/** Id prefix of a notification that survives the page change it causes (others belong to their page). */
export const KEPT_ACROSS_PAGES = 'kept-across-pages:';

/**
 * Escape inside a notification (its close button reached with Tab) dismisses every
 * notification shown and waiting, so a pile of them goes in one key press. Each close
 * button also has its own translated name (see app/theme.ts).
 */
export function useNotificationKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !(e.target instanceof Element) || !e.target.closest('.mantine-Notification-root')) return;
      e.preventDefault();
      notifications.clean();
      notifications.cleanQueue();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

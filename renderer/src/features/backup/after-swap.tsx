import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { forgetSession } from '../lock/lock';
import { tNow } from '../../i18n/useT';

/**
 * A restore or an undo ends with Amizero locked and other passwords valid. Core has
 * locked already; the window follows at once (whichever of the answer and the lock
 * event comes first) and then says, on the sign-in screen, which passwords work now.
 * The note stays until closed: it is what the person needs for the next minute.
 */
export function explainAfterSwap(kind: 'restored' | 'undone', backupDate: string | null): void {
  forgetSession('manual');
  notifications.show({
    id: 'backup-swap',
    color: 'green',
    autoClose: false,
    // Below the sign-in card rather than in a corner: it is the next thing to read.
    position: 'bottom-center',
    withBorder: true,
    title: (
      <Text fw={700} size="md">
        {kind === 'restored' ? tNow('backup.restore.doneTitle') : tNow('backup.undo.doneTitle')}
      </Text>
    ),
    message: (
      <Text size="sm" c="dark.7">
        {kind === 'restored' ? tNow('backup.restore.doneBody', { date: backupDate ?? '' }) : tNow('backup.undo.doneBody')}
      </Text>
    ),
  });
}

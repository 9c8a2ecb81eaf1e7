import { Button, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useT } from '../../i18n/useT';
import { LOCK_SHORTCUT_LABEL } from './platform';
import { lockNow } from './lock';

export function LockButton() {
  const t = useT();
  return (
    <Tooltip label={t('lock.tooltip', { shortcut: LOCK_SHORTCUT_LABEL })}>
      <Button
        variant="default"
        leftSection={<IconLock size={18} aria-hidden />}
        onClick={() => void lockNow('manual')}
        aria-keyshortcuts={LOCK_SHORTCUT_LABEL === 'Ctrl+L' ? 'Control+L' : 'Meta+L'}
      >
        {t('lock.button')}
      </Button>
    </Tooltip>
  );
}

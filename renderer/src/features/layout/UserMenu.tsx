import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconKey, IconLock, IconUserCircle } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { lockNow } from '../lock/lock';
import { LOCK_SHORTCUT_LABEL } from '../lock/platform';

export function UserMenu() {
  const t = useT();
  const navigate = useNavigate();
  const user = useSessionStore((s) => s.user);
  if (!user) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          leftSection={<IconUserCircle size={20} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('layout.userMenu', { name: user.fullName })}
        >
          <span>
            <Text component="span" size="sm" fw={600}>
              {user.fullName}
            </Text>
            <Text component="span" size="xs" c="dimmed" ml={6} visibleFrom="md">
              {t(`roles.${user.role}`)}
            </Text>
          </span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.username} · {t(`roles.${user.role}`)}
        </Menu.Label>
        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => void navigate('/account/password')}>
          {t('changePassword.menu')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLock size={16} aria-hidden />}
          rightSection={
            <Text size="xs" c="dimmed">
              {LOCK_SHORTCUT_LABEL}
            </Text>
          }
          onClick={() => void lockNow('manual')}
        >
          {t('lock.button')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

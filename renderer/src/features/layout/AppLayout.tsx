import { AppShell, Burger, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notificationsStore, updateNotificationsState } from '@mantine/notifications';
import { KEPT_ACROSS_PAGES } from '../../a11y/notification-keys';
import { Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitcher } from '../../components/LanguageSwitcher';
import { PageLoader } from '../../components/PageLoader';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { LockButton } from '../lock/LockButton';
import { UserMenu } from './UserMenu';
import { useNavItems } from './useNavItems';

/** The navigation column's width; notifications stay inside its empty lower part (see App). */
export const NAV_WIDTH = 230;

function isActive(path: string, current: string): boolean {
  return path === '/' ? current === '/' : current === path || current.startsWith(`${path}/`);
}

export function AppLayout() {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const settings = useSessionStore((s) => s.settings);
  const items = useNavItems();

  // A confirmation belongs to the page it was shown on; on another page it only covers buttons.
  // A message marked to be read wherever she lands next (the erasure's, which moves to the list) stays.
  useEffect(
    () => updateNotificationsState(notificationsStore, (shown) => shown.filter((n) => String(n.id ?? '').startsWith(KEPT_ACROSS_PAGES))),
    [pathname],
  );

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: NAV_WIDTH, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      {/* The first Tab stop: past the header and menu straight to the page (hash routes, so no #anchor). */}
      <a
        href="#main-content"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('layout.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('layout.toggleNav')} />
            <Stack gap={0}>
              <Title order={1} size="h3" c="teal.9" lh={1.1}>
                {t('app.name')}
              </Title>
              {settings && (
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {settings.organisationName} · {settings.siteCode}
                </Text>
              )}
            </Stack>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu />
            <LockButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" component="nav" aria-label={t('layout.navLabel')}>
        {items.map((item) => (
          <NavLink
            key={item.path}
            component={Link}
            to={item.path}
            label={t(item.label)}
            leftSection={<item.icon size={20} aria-hidden />}
            active={isActive(item.path, pathname)}
            aria-current={isActive(item.path, pathname) ? 'page' : undefined}
            onClick={close}
            variant="light"
            fw={500}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0" id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

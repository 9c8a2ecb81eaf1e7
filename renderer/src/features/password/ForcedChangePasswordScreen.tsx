import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { AuthFrame } from '../../components/AuthFrame';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { lockNow } from '../lock/lock';
import { ChangePasswordForm } from './ChangePasswordForm';

/** A temporary password set by a manager is replaced before anything else opens. */
export function ForcedChangePasswordScreen() {
  const t = useT();
  const user = useSessionStore((s) => s.user);
  return (
    <AuthFrame width={520}>
      <Stack gap="md">
        <Title order={2}>{t('changePassword.forcedTitle')}</Title>
        <Text>{t('changePassword.forcedIntro', { name: user?.fullName ?? '' })}</Text>
        <ChangePasswordForm submitLabel={t('changePassword.submitAndContinue')} onDone={(u) => useSessionStore.getState().setUser(u)} />
        <Group>
          <Button variant="subtle" leftSection={<IconLock size={16} aria-hidden />} onClick={() => void lockNow('manual')}>
            {t('changePassword.notNow')}
          </Button>
        </Group>
      </Stack>
    </AuthFrame>
  );
}

import { Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordPage() {
  const t = useT();
  return (
    <Stack gap="md" maw={520}>
      <Title order={2}>{t('changePassword.title')}</Title>
      <Text c="dimmed">{t('changePassword.intro')}</Text>
      <Paper withBorder p="lg">
        <ChangePasswordForm
          submitLabel={t('changePassword.submit')}
          onDone={(u) => {
            useSessionStore.getState().setUser(u);
            notifications.show({ color: 'green', message: t('changePassword.done') });
          }}
        />
      </Paper>
    </Stack>
  );
}

import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSessionStore } from '../stores/session';
import { useT } from '../i18n/useT';

export function NotAvailable() {
  const t = useT();
  const role = useSessionStore((s) => s.user?.role);
  return (
    <Paper withBorder p="xl" maw={560}>
      <Stack gap="md" align="flex-start">
        <IconLock size={32} aria-hidden />
        <Title order={2}>{t('common.notAvailable.title')}</Title>
        <Text>{t('common.notAvailable.body', { role: role ? t(`roles.${role}`) : '' })}</Text>
        <Button component={Link} to="/">
          {t('common.goHome')}
        </Button>
      </Stack>
    </Paper>
  );
}

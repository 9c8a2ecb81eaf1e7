import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The frame around every screen shown before sign-in: name, language, one card. */
export function AuthFrame({ children, width = 460 }: { children: ReactNode; width?: number }) {
  const t = useT();
  return (
    <Box mih="100vh" bg="gray.1" py="xl">
      <Container size={width}>
        <Stack gap="lg">
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={1} size="h2" c="teal.9">
                {t('app.name')}
              </Title>
              <Text c="dimmed">{t('app.tagline')}</Text>
            </div>
            <LanguageSwitcher />
          </Group>
          <Paper withBorder shadow="sm" radius="md" p="xl" component="main">
            {children}
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}

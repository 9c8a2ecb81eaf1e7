import { Stack, Tabs, Title } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { BreachPanel } from './BreachPanel';
import { RegisterPanel } from './RegisterPanel';

/** The manager's page for the data law: the processing register and the breach report. */
export default function RightsPage() {
  const t = useT();
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={2}>{t('rights.title')}</Title>
      <Tabs defaultValue="register" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="register">{t('rights.tabs.register')}</Tabs.Tab>
          <Tabs.Tab value="breach">{t('rights.tabs.breach')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register" pt="md">
          <RegisterPanel />
        </Tabs.Panel>
        <Tabs.Panel value="breach" pt="md">
          <BreachPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

import { Button, Card, Stack, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { HomeCardTitle } from '../HomeCardTitle';

/** The reporting role's Home: its work is the reports and the outreach log; it sees no file. */
export default function ReportingHomeCard() {
  const t = useT();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-reporting">
      <Stack gap="sm">
        <HomeCardTitle
          id="home-reporting"
          icon={<IconChartBar size={20} aria-hidden />}
          color="teal"
          title={t('homeRole.reporting.title')}
        />
        <Text>{t('homeRole.reporting.body')}</Text>
        <Button component={Link} to="/reports" w="fit-content">
          {t('reports.navAction')}
        </Button>
      </Stack>
    </Card>
  );
}

import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { useT } from '../../../i18n/useT';
import { useLocaleStore } from '../../../i18n/locale-store';
import { useChannelData } from '../../residents/file/useChannelData';
import { HomeCardTitle } from '../HomeCardTitle';
import { formatMonth } from '../../../../../shared/i18n/format';

/**
 * The manager's picture of the year: occupancy now and by month, admissions and discharges
 * by month. Its own chunk (loaded lazily from role-sections.ts), so the chart library never
 * weighs on the first screen of other roles.
 */
export default function ManagerChartsCard() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const figures = useChannelData('home.managerFigures', {});
  if (figures.error) return <ErrorAlert error={figures.error} />;
  if (!figures.data) return <PageLoader />;
  const data = figures.data.months.map((m) => ({ ...m, label: formatMonth(locale, m.month) }));
  const empty = data.every((m) => m.occupancy === 0);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-manager-charts">
      <Stack gap="md">
        <HomeCardTitle
          id="home-manager-charts"
          icon={<IconChartLine size={20} aria-hidden />}
          color="teal"
          title={t('homeRole.manager.title')}
        >
          <Text size="sm" c="dimmed">
            {t('homeRole.manager.occupancyNow', { count: figures.data.occupancyNow })}
          </Text>
        </HomeCardTitle>
        {empty ? (
          <Text c="dimmed" fs="italic">
            {t('homeRole.manager.empty')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <div>
              <Text fw={600} size="sm" mb="xs">
                {t('homeRole.manager.occupancy')}
              </Text>
              <LineChart
                h={180}
                data={data}
                dataKey="label"
                series={[{ name: 'occupancy', label: t('homeRole.manager.occupancy'), color: 'teal.6' }]}
                withDots={false}
                yAxisProps={{ allowDecimals: false }}
                aria-hidden
              />
            </div>
            <div>
              <Group justify="space-between" mb="xs">
                <Text fw={600} size="sm">
                  {t('homeRole.manager.movements')}
                </Text>
              </Group>
              <BarChart
                h={180}
                data={data}
                dataKey="label"
                yAxisProps={{ allowDecimals: false }}
                withLegend
                series={[
                  { name: 'admissions', label: t('homeRole.manager.admissions'), color: 'teal.6' },
                  { name: 'discharges', label: t('homeRole.manager.discharges'), color: 'orange.6' },
                ]}
                aria-hidden
              />
            </div>
          </SimpleGrid>
        )}
        {/* The same figures as text, for screen readers and for anyone who would rather read. */}
        <Text size="xs" c="dimmed">
          {t('homeRole.manager.summary', {
            admissions: data.reduce((n, m) => n + m.admissions, 0),
            discharges: data.reduce((n, m) => n + m.discharges, 0),
          })}
        </Text>
      </Stack>
    </Card>
  );
}

import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTimeZone } from '../../../i18n/format';
import { useLocaleStore } from '../../../i18n/locale-store';
import { useT } from '../../../i18n/useT';
import { sessionsPerDay } from './week-days';

/** The coming sessions per day of the shelter's week: where the busy days are, at a glance. */
export default function WeekDaysChart({ startsAt }: { startsAt: string[] }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const timeZone = useTimeZone();
  // The week starts at the moment the card first drew, as the list beside it does.
  const [now] = useState(() => Date.now());
  const data = useMemo(() => sessionsPerDay(startsAt, { timeZone, now, locale }), [startsAt, timeZone, now, locale]);
  return (
    <div>
      <Text fw={600} size="sm" mb="xs" id="home-week-chart">
        {t('homeWeek.chartTitle')}
      </Text>
      <BarChart
        h={160}
        data={data}
        dataKey="label"
        series={[{ name: 'sessions', label: t('homeWeek.chartSeries'), color: 'grape.6' }]}
        // Whole sessions, and a scale of at least four so one session does not fill the card.
        yAxisProps={{ allowDecimals: false, domain: [0, (max: number) => Math.max(4, max)], tickCount: 5 }}
        aria-hidden
      />
      {/* The same as words, for screen readers. */}
      <Text size="xs" c="dimmed">
        {t('homeWeek.chartSummary', { count: startsAt.length })}
      </Text>
    </div>
  );
}

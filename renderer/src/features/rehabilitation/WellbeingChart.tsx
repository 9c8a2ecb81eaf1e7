import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import type { SessionView } from '../../../../shared/domain/rehab-sessions';
import { useFormatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';

/**
 * WHO-5 (0–100, left axis) and distress (0–10, its own right axis) by session date, with the
 * plan's goal target dates as reference lines. Loaded lazily (React.lazy) so the chart
 * library stays out of the first route's bundle.
 */
export default function WellbeingChart({ sessions, milestones }: { sessions: SessionView[]; milestones: string[] }) {
  const t = useT();
  const formatDate = useFormatDate();
  const points = sessions
    .filter((s) => s.clinical && (s.clinical.who5Score !== null || s.clinical.distress !== null))
    .map((s) => ({
      day: s.startsAt.slice(0, 10),
      who5: s.clinical!.who5Score,
      distress: s.clinical!.distress,
    }))
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((p) => ({ ...p, date: formatDate(p.day) }));
  const first = points[0]?.day ?? '';
  const last = points.at(-1)?.day ?? '';
  return (
    <LineChart
      h={260}
      data={points}
      dataKey="date"
      yAxisProps={{ domain: [0, 100] }}
      withRightYAxis
      rightYAxisProps={{ domain: [0, 10] }}
      connectNulls
      withLegend
      aria-label={t('rehabUi.chartTitle')}
      series={[
        { name: 'who5', label: t('rehabUi.wellbeing'), color: 'teal.6' },
        { name: 'distress', label: t('rehabUi.distress'), color: 'orange.6', yAxisId: 'right' },
      ]}
      referenceLines={milestones
        .filter((m) => m >= first && m <= last)
        .map((m) => ({ x: formatDate(m), color: 'gray.5', label: t('rehabUi.target') }))}
    />
  );
}

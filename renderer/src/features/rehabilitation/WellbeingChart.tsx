import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import type { SessionView } from '../../../../shared/domain/rehab-sessions';
import { useFormatDate, useTimeZone } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { chartPoints, type Milestone } from './progress';

/** Long enough to recognise the goal, short enough not to run over the next line. */
const LABEL_CHARS = 28;
const short = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

/**
 * WHO-5 (0–100, left axis) and distress (0–10, its own right axis) by session day, with the
 * plan's goal target dates as dashed reference lines (each its own point on the axis). Loaded lazily (React.lazy) so the chart
 * library stays out of the first route's bundle.
 */
export default function WellbeingChart({ sessions, milestones }: { sessions: SessionView[]; milestones: Milestone[] }) {
  const t = useT();
  const formatDate = useFormatDate();
  const timeZone = useTimeZone();
  const points = chartPoints(sessions, milestones, { timeZone, formatDate });
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
      referenceLines={points
        .filter((p) => p.milestones.length > 0)
        .map((p) => ({
          x: p.date,
          color: 'gray.7',
          label: `${t('rehabUi.target')}: ${short(p.milestones.join(', '))}`,
          labelPosition: 'insideTopRight' as const,
          strokeDasharray: '4 4',
        }))}
    />
  );
}

import { LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import type { VisitView } from '../../../../shared/domain/reintegration';
import { useT } from '../../i18n/useT';

/** The three dimension scores over the follow-up year (loaded lazily: the chart library is not in the first bundle). */
export default function TrajectoryChart({ visits }: { visits: VisitView[] }) {
  const t = useT();
  const data = visits
    .filter((v) => v.scores && v.visitedOn)
    .sort((a, b) => (a.visitedOn! < b.visitedOn! ? -1 : 1))
    .map((v) => ({ date: v.visitedOn!, ...v.scores! }));
  return (
    <LineChart
      h={240}
      data={data}
      dataKey="date"
      yAxisProps={{ domain: [1, 5] }}
      withLegend
      aria-label={t('reintegration.trajectory.title')}
      series={[
        { name: 'economic', label: t('reintegration.dimension.economic'), color: 'teal.6' },
        { name: 'social', label: t('reintegration.dimension.social'), color: 'blue.6' },
        { name: 'psychosocial', label: t('reintegration.dimension.psychosocial'), color: 'grape.6' },
      ]}
    />
  );
}

import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';

/**
 * One report section as a horizontal bar chart. Loaded with the Reports page only (the page
 * is a lazy route), so the chart library never weighs on the first screen.
 */
export function SectionChart({ data, label }: { data: { name: string; count: number }[]; label: string }) {
  return (
    <BarChart
      h={Math.max(120, data.length * 34)}
      data={data}
      dataKey="name"
      orientation="vertical"
      series={[{ name: 'count', label, color: 'teal.6' }]}
      yAxisProps={{ width: 190 }}
      // People are counted whole: no 0.25 ticks when every bar is 1.
      xAxisProps={{ allowDecimals: false }}
      gridAxis="none"
      withTooltip={false}
      withBarValueLabel
      aria-hidden
    />
  );
}

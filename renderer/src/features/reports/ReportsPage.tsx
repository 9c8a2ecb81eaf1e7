import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconInfoCircle, IconShieldLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Report, ReportExportFormat, ReportSection } from '../../../../shared/domain/reports';
import { REPORT_EXPORT_FORMATS } from '../../../../shared/domain/reports';
import { reportValueLabel } from '../../../../shared/reports-labels';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { formatNumber } from '../../../../shared/i18n/format';
import { call } from '../../api/client';
import { chooseDialog } from '../../api/dialogs';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocaleStore } from '../../i18n/locale-store';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { fieldMessage } from '../../forms/field-errors';
import { useShelterToday } from '../residents/admit/today';
import { SectionChart } from './SectionChart';
import { DateField } from '../../components/DateField';
import { PrintButton } from '../../components/PrintButton';

/** The first day of the year the period ends in: a year's report is the usual ask. */
const startOfYear = (day: string) => `${day.slice(0, 4)}-01-01`;

/** Reports for a period: each section as a chart and a table, exported to CSV, XLSX or PDF. */
export default function ReportsPage() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const today = useShelterToday();
  const canExport = useCan('reports.export');
  const canAnonymise = useCan('reports.anonymised');
  const canPrint = useCan('reports.print');
  const [from, setFrom] = useState(startOfYear(today));
  const [to, setTo] = useState(today);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (path: string) => {
    const f = error?.fields?.find((x) => x.path === path);
    return f ? fieldMessage(t, f.code) : undefined;
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await call('reports.run', { from, to }));
    } catch (e) {
      setReport(null);
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const exportAs = async (format: ReportExportFormat) => {
    setError(null);
    try {
      const chosen = await chooseDialog({
        kind: 'reportExport',
        title: t('dialogs.titles.reportExport'),
        suggestedName: `report-${from}-${to}.${format}`,
      });
      if (!chosen) return;
      await call('reports.export', { from, to, format, locale, destinationToken: chosen.token });
      notifications.show({ color: 'green', message: t('reports.exported', { name: chosen.name }) });
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{t('reports.title')}</Title>
          <Text c="dimmed">{t('reports.intro')}</Text>
        </div>
        {canAnonymise && (
          <Anchor component={Link} to="/reports/anonymised">
            <Group gap={4} wrap="nowrap">
              <IconShieldLock size={16} aria-hidden />
              {t('anonymised.link')}
            </Group>
          </Anchor>
        )}
      </Group>
      <Paper withBorder p="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <Group align="flex-end">
            <DateField label={t('reports.from')} value={from} onChange={(d) => setFrom(d)} error={fieldError('from')} required />
            <DateField label={t('reports.to')} value={to} onChange={(d) => setTo(d)} error={fieldError('to')} required />
            <Button type="submit" loading={busy}>
              {t('reports.run')}
            </Button>
            {report && canExport && (
              <Group gap="xs">
                {REPORT_EXPORT_FORMATS.map((f) => (
                  <Button key={f} variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void exportAs(f)}>
                    {t(`reports.exportAs.${f}` as MessageKey)}
                  </Button>
                ))}
                {canPrint && (
                  <PrintButton
                    label={t('reportPrint.label')}
                    size="sm"
                    make={() => call('reports.print', { from: report.from, to: report.to, locale })}
                    onError={setError}
                  />
                )}
              </Group>
            )}
          </Group>
        </form>
      </Paper>
      <ErrorAlert error={error} />
      {report && (
        <>
          <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('reports.summary', { count: report.residents })} {t('reports.smallCount')}
          </Alert>
          <SimpleGrid cols={{ base: 1, lg: 2 }} style={{ alignItems: 'start' }}>
            {report.sections.map((s) => (
              <SectionCard key={s.id} section={s} locale={locale} />
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

function SectionCard({ section, locale }: { section: ReportSection; locale: Parameters<typeof reportValueLabel>[0] }) {
  const t = useT();
  const title = t(`reports.section.${section.id}` as MessageKey);
  const data = section.rows.map((r) => ({ name: reportValueLabel(locale, section.id, r.key), count: r.count }));
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {!section.available ? (
        <Text c="dimmed" fs="italic">
          {t('reports.notAvailable')}
        </Text>
      ) : data.length === 0 ? (
        <Text c="dimmed" fs="italic">
          {t('reports.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          <SectionChart data={data} label={t('reports.columns.count')} />
          <Table striped aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.columns.value')}</Table.Th>
                <Table.Th ta="right">{t('reports.columns.count')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((d) => (
                <Table.Tr key={d.name}>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td ta="right">{formatNumber(locale, d.count)}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td fw={600}>{t('reports.columns.total')}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatNumber(locale, section.total)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Paper>
  );
}

import { Alert, Anchor, Button, Group, Paper, Progress, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import { formatNumber } from '../../../../shared/i18n/format';
import { call } from '../../api/client';
import { chooseDialog } from '../../api/dialogs';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocaleStore } from '../../i18n/locale-store';
import { useT } from '../../i18n/useT';
import { useShelterToday } from '../residents/admit/today';

type Format = 'csv' | 'xlsx';
type Result = ChannelOutput<'reports.anonymised'> & { name: string };

/**
 * The anonymised dataset for partners and researchers, through the same channel and service
 * as `amizero export anonymised`: the file goes where the person chose in the save dialog.
 */
export default function AnonymisedExportPage() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const today = useShelterToday();
  const [format, setFormat] = useState<Format>('csv');
  const [k, setK] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    call('settings.get', {})
      .then((s) => setK(s.anonymisationK))
      .catch((e: unknown) => setError(toApiError(e)));
  }, []);

  const save = async () => {
    setError(null);
    setResult(null);
    try {
      const chosen = await chooseDialog({
        kind: 'reportExport',
        title: t('dialogs.titles.reportExport'),
        suggestedName: `anonymised-htcds-${today}.${format}`,
      });
      if (!chosen) return;
      setBusy(true);
      const r = await call('reports.anonymised', { destinationToken: chosen.token, format });
      setK(r.k);
      setResult({ ...r, name: chosen.name });
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const n = (v: number) => formatNumber(locale, v);
  return (
    <Stack gap="lg" maw={820}>
      <div>
        <Anchor component={Link} to="/reports" size="sm">
          {t('anonymised.back')}
        </Anchor>
        <Title order={2}>{t('anonymised.title')}</Title>
        <Text c="dimmed">{t('anonymised.intro')}</Text>
      </div>
      {k !== null && (
        <Alert variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('anonymised.kLine', { k: n(k) })}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="md">
          <Radio.Group label={t('anonymised.format')} value={format} onChange={(v) => setFormat(v as Format)}>
            <Group mt="xs">
              <Radio value="csv" label={t('anonymised.formats.csv')} />
              <Radio value="xlsx" label={t('anonymised.formats.xlsx')} />
            </Group>
          </Radio.Group>
          <Group>
            <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void save()} loading={busy}>
              {t('anonymised.save')}
            </Button>
          </Group>
          {busy && (
            <Stack gap={6} aria-live="polite">
              <Text fw={600}>{t('anonymised.running')}</Text>
              {/* Core reports no fractions for this one call: the bar runs without inventing a number. */}
              <Progress value={100} animated striped size="lg" aria-label={t('anonymised.progressLabel')} />
            </Stack>
          )}
        </Stack>
      </Paper>
      <ErrorAlert error={error} />
      {result && (
        <Paper withBorder p="md" component="section" aria-label={t('anonymised.result.title')}>
          <Stack gap="sm">
            <Text fw={600} role="status">
              {t('anonymised.savedAs', { name: result.name })}
            </Text>
            <Table aria-label={t('anonymised.result.title')}>
              <Table.Tbody>
                {(
                  [
                    ['records', result.records],
                    ['suppressed', result.suppressedValues],
                    ['noConsent', result.leftOutNoConsent],
                    ['dropped', result.droppedRecords],
                    ['k', result.k],
                  ] as const
                ).map(([key, value]) => (
                  <Table.Tr key={key}>
                    <Table.Th scope="row" fw={500}>
                      {t(`anonymised.result.${key}`)}
                    </Table.Th>
                    <Table.Td ta="right">{n(value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

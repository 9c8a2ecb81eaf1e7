import { Alert, Button, Group, List, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlarm, IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { BreachAssessment, BreachBackup } from '../../../../shared/rights/breach';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { savePdfAs } from '../../api/save-pdf';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldMessage } from '../../forms/field-errors';
import { useFormatDateTime, useTimeZone } from '../../i18n/format';
import { useLocaleStore } from '../../i18n/locale-store';
import { countsFromNote } from '../../../../shared/rights/breach';
import { useT } from '../../i18n/useT';

/** The wall clock now where the shelter is, as a datetime-local field wants it. */
function nowWallClock(timeZone: string): string {
  const p = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date());
  return p.replace(' ', 'T');
}

/** A lost laptop or backup: what it held, how it is protected, and by when to tell whom. */
export function BreachPanel() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const timeZone = useTimeZone();
  const formatDateTime = useFormatDateTime();
  const [backups, setBackups] = useState<BreachBackup[]>([]);
  const [source, setSource] = useState('device');
  const [discoveredAt, setDiscoveredAt] = useState(() => nowWallClock(timeZone));
  const [result, setResult] = useState<BreachAssessment | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    call('rights.breachBackups', {}).then(setBackups, (e: unknown) => setError(toApiError(e)));
  }, []);
  const input = () => ({
    source: source === 'device' ? ({ kind: 'device' } as const) : ({ kind: 'backup', auditSeq: Number(source) } as const),
    discoveredAt,
  });
  const fieldError = error?.fields?.find((f) => f.path === 'discoveredAt');
  const assess = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await call('rights.breachAssess', input()));
    } catch (e) {
      setResult(null);
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    setError(null);
    try {
      await savePdfAs(
        { title: t('rights.breach.dialogTitle'), suggestedName: `breach-report-${discoveredAt.slice(0, 10)}.pdf` },
        (token) => call('rights.breachReportPdf', { ...input(), destinationToken: token, locale }),
        (size) => t('rights.breach.saved', { size }),
        'reportExport',
      );
    } catch (e) {
      setError(toApiError(e));
    }
  };
  const options = [
    { value: 'device', label: t('rights.breach.device') },
    ...backups.map((b) => ({
      value: String(b.auditSeq),
      label: t('rights.breach.backupOption', { file: b.fileName, date: formatDateTime(b.createdAt) }),
    })),
  ];
  return (
    <Stack gap="md" maw={1000}>
      <Text c="dimmed">{t('rights.breach.intro')}</Text>
      <Paper withBorder p="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void assess();
          }}
        >
          <Group align="flex-end">
            <Select
              label={t('rights.breach.source')}
              data={options}
              value={source}
              onChange={(v) => {
                setSource(v ?? 'device');
                setResult(null);
              }}
              allowDeselect={false}
              w={420}
              description={backups.length === 0 ? t('rights.breach.noBackups') : undefined}
            />
            <TextInput
              type="datetime-local"
              label={t('rights.breach.discoveredAt')}
              value={discoveredAt}
              onChange={(e) => {
                setDiscoveredAt(e.currentTarget.value);
                setResult(null);
              }}
              error={fieldError ? fieldMessage(t, fieldError.code) : undefined}
              required
            />
            <Button type="submit" loading={busy}>
              {t('rights.breach.assess')}
            </Button>
          </Group>
        </form>
      </Paper>
      <ErrorAlert error={fieldError ? null : error} />
      {result && (
        <Stack gap="md" data-testid="breach-result">
          <Alert
            color="red"
            variant="light"
            icon={<IconAlarm aria-hidden />}
            title={t('rights.breach.residentsHeld', { count: result.residents })}
          >
            <Text size="sm">
              {t('rights.breach.authorityBy')}: <strong>{formatDateTime(result.authorityBy)}</strong>
            </Text>
            <Text size="sm">
              {t('rights.breach.personBy')}: <strong>{formatDateTime(result.personBy)}</strong>
            </Text>
            <Text size="xs" mt={4} data-testid="breach-counts-from">
              {t(`rights.breach.countsFrom.${countsFromNote(result)}`)}
            </Text>
          </Alert>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="xs">
                {t('rights.breach.categories')}
              </Title>
              <Table>
                <Table.Tbody>
                  {result.categories.map((c) => (
                    <Table.Tr key={c.category}>
                      <Table.Td>{t(`access.category.${c.category}` as MessageKey)}</Table.Td>
                      <Table.Td ta="right">{c.residents}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="xs">
                {t('rights.breach.protection')}
              </Title>
              <List size="sm" spacing={4}>
                {result.layers.map((l) => (
                  <List.Item key={l}>{t(`rights.breach.layer.${l}` as MessageKey)}</List.Item>
                ))}
              </List>
            </Paper>
          </SimpleGrid>
          <Group>
            <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void save()}>
              {t('rights.breach.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

import { Button, Checkbox, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import type { HistoryEntry } from '../../../../../shared/domain/resident-care';
import { toApiError, type ApiError } from '../../../api/api-error';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormatDateTime, useTimeZone } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { whatChanged, whatHappened } from './history-labels';
import { loadForSession } from '../../../stores/session';
import { CorrectionsPanel } from '../../rights/CorrectionsPanel';
import { useCanOnFile } from './useCanOnFile';

const PAGE = 50;

/** Who changed what in this file and when, newest first; values are never shown, only field names. */
export function HistoryTab({ file }: { file: ResidentFile }) {
  const t = useT();
  const timeZone = useTimeZone();
  const [includeViews, setIncludeViews] = useState(false);
  const canCorrect = useCanOnFile('residents.corrections.record');
  return (
    <Stack gap="md" maw={1100}>
      {canCorrect && <CorrectionsPanel key={file.updatedAt} residentId={file.id} />}
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('residentFile.history.intro', { timeZone })}
        </Text>
        <Checkbox
          label={t('residentFile.history.includeViews')}
          checked={includeViews}
          onChange={(e) => setIncludeViews(e.currentTarget.checked)}
        />
      </Group>
      {/* A save elsewhere in the file changes updatedAt: the list starts again from the newest. */}
      <HistoryList key={`${includeViews}-${file.updatedAt}`} residentId={file.id} includeViews={includeViews} />
    </Stack>
  );
}

function HistoryList({ residentId, includeViews }: { residentId: string; includeViews: boolean }) {
  const t = useT();
  const formatDateTime = useFormatDateTime({ seconds: true });
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  const load = (beforeSeq?: number) =>
    loadForSession(
      () => call('residents.history', { residentId, limit: PAGE, includeViews, beforeSeq }),
      (page) => {
        setEntries((es) => [...(beforeSeq === undefined ? [] : (es ?? [])), ...page.entries]);
        setNext(page.nextBeforeSeq);
      },
    ).catch((e: unknown) => setError(toApiError(e)));

  useEffect(() => {
    void load();
    // Mounted once per resident and filter (see the key above).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const more = () => {
    if (next === null) return;
    setLoadingMore(true);
    void load(next).finally(() => setLoadingMore(false));
  };

  return (
    <>
      <ErrorAlert error={error} />
      {entries === null && !error && <Loader size="sm" aria-label={t('common.loading')} />}
      {entries && (
        <Paper withBorder>
          {entries.length === 0 ? (
            <Text p="md" c="dimmed" fs="italic">
              {t('residentFile.history.none')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped aria-label={t('residentFile.history.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={200}>{t('residentFile.history.columns.when')}</Table.Th>
                    <Table.Th w={180}>{t('residentFile.history.columns.who')}</Table.Th>
                    <Table.Th w={240}>{t('residentFile.history.columns.what')}</Table.Th>
                    <Table.Th>{t('residentFile.history.columns.fields')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((e) => (
                    <Table.Tr key={e.seq}>
                      <Table.Td>{formatDateTime(e.at)}</Table.Td>
                      <Table.Td>{e.actorName ?? t('residentHistory.unknownActor')}</Table.Td>
                      <Table.Td>{whatHappened(t, e)}</Table.Td>
                      <Table.Td>{whatChanged(t, e)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      )}
      {next !== null && entries && (
        <Group>
          <Button variant="default" onClick={more} loading={loadingMore}>
            {t('residentFile.history.older')}
          </Button>
        </Group>
      )}
    </>
  );
}

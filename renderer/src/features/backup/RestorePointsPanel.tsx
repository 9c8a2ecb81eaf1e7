import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BackupChainPoint } from '../../../../shared/contract/channels/backup';
import { call } from '../../api/client';
import { loadForSession } from '../../stores/session';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useFormatDateTime } from '../../i18n/format';
import { formatBytes } from './backup-format';

/**
 * The scheduled folder's restore points: full backups and the incremental links after
 * them, each file's size, and what restoring to each point needs (its full backup and
 * every earlier link). Read from the file names in core; nothing is decrypted.
 */
/** `refreshKey`: whatever changes when the page reloads its status (a run just wrote a file). */
export function RestorePointsPanel({ refreshKey }: { refreshKey: unknown }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const [points, setPoints] = useState<BackupChainPoint[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    loadForSession(() => call('backup.chains', {}), setPoints).catch((e: unknown) => setError(toApiError(e)));
  }, [refreshKey]);
  if (error) return <ErrorAlert error={error} />;
  if (!points) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="restore-points-title">
      <Stack gap="sm">
        <Title order={3} id="restore-points-title">
          {t('backupChains.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('backupChains.intro')}
        </Text>
        {points.length === 0 ? (
          <Text>{t('backupChains.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="restore-points">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backupChains.made')}</Table.Th>
                  <Table.Th>{t('backupChains.kind')}</Table.Th>
                  <Table.Th>{t('backupChains.size')}</Table.Th>
                  <Table.Th>{t('backupChains.needs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {points.map((p) => (
                  <Table.Tr key={p.fileName}>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(p.createdAt)}</Text>
                      <Text size="xs" c="dimmed">
                        {p.fileName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={p.kind === 'full' ? 600 : 400}>
                        {p.kind === 'full' ? t('backupChains.full') : t('backupChains.link', { n: p.sequence })}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(p.bytes)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {p.needs.length === 0
                          ? t('backupChains.needsNothing')
                          : t('backupChains.needsFiles', { count: p.needs.length + 1, size: formatBytes(p.needsBytes) })}
                      </Text>
                      {!p.complete && (
                        <Text size="sm" c="red">
                          {t('backupChains.incomplete')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}

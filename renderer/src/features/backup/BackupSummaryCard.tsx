import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { BackupSummaryView } from '../../../../shared/contract/channels/backup';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { formatBytes } from './backup-format';

/** Tables a person recognises; the rest (indexes, drafts, settings) are not worth a line. */
const SHOWN_COUNTS = ['residents', 'stays', 'documents', 'users', 'audit_log'] as const;

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/**
 * What a backup holds, read from its verified manifest: enough to recognise the right file.
 * `chainFiles` is set when the point was rebuilt from a chain of incremental backups.
 */
export function BackupSummaryCard({ summary, chainFiles }: { summary: BackupSummaryView; chainFiles?: number }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const counts = SHOWN_COUNTS.filter((k) => summary.counts[k] !== undefined);
  return (
    <Stack gap="sm" data-testid="backup-summary">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Fact label={t('backup.summary.organisation')} value={summary.organisationName} />
        <Fact label={t('backup.summary.site')} value={summary.siteCode} />
        <Fact label={t('backup.summary.createdAt')} value={formatDateTime(summary.createdAt)} testId="backup-created-at" />
        <Fact label={t('backup.summary.size')} value={formatBytes(summary.databaseBytes)} />
      </SimpleGrid>
      {counts.length > 0 && (
        <Table withTableBorder maw={420} aria-label={t('backup.summary.counts')}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('backup.summary.counts')}</Table.Caption>
          <Table.Tbody>
            {counts.map((k) => (
              <Table.Tr key={k}>
                <Table.Th scope="row" fw={500}>
                  {t(`backup.summary.count.${k}`)}
                </Table.Th>
                <Table.Td ta="right" data-testid={`count-${k}`}>
                  {summary.counts[k]}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {chainFiles !== undefined && (
        <Text size="sm" data-testid="backup-chain-files">
          {t('chainRestore.rebuilt', { count: chainFiles })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('backup.summary.appVersion', { version: summary.appVersion })}
      </Text>
    </Stack>
  );
}

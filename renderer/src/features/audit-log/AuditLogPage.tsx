import { Button, Center, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useFormatDateTime, useTimeZone } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useAuditStore } from './audit-store';
import { describeActor, describeDetails, describeTarget } from './describe';
import { VerifyPanel } from './VerifyPanel';

export default function AuditLogPage() {
  const t = useT();
  const formatDateTime = useFormatDateTime({ seconds: true });
  const timeZone = useTimeZone();
  const { entries, hasMore, names, error, loading } = useAuditStore();

  useEffect(() => {
    void useAuditStore.getState().load();
  }, []);

  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={2}>{t('auditLog.title')}</Title>
        <Text c="dimmed">{t('auditLog.intro', { timeZone })}</Text>
      </div>
      <VerifyPanel />
      <ErrorAlert error={error} />
      <Paper withBorder>
        {entries === null ? (
          !error && <PageLoader />
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="xs" aria-label={t('auditLog.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('auditLog.columns.when')}</Table.Th>
                  <Table.Th>{t('auditLog.columns.who')}</Table.Th>
                  <Table.Th>{t('auditLog.columns.what')}</Table.Th>
                  <Table.Th>{t('auditLog.columns.about')}</Table.Th>
                  <Table.Th>{t('auditLog.columns.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <Table.Tr key={e.seq}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                    <Table.Td>{describeActor(t, e)}</Table.Td>
                    <Table.Td fw={500}>{t(`audit.action.${e.action}`)}</Table.Td>
                    <Table.Td>{describeTarget(e, names)}</Table.Td>
                    <Table.Td c="dimmed">{describeDetails(t, e)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {hasMore && (
        <Center>
          <Button variant="default" loading={loading} onClick={() => void useAuditStore.getState().loadOlder()}>
            {t('auditLog.loadOlder')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}

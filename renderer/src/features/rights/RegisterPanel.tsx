import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ProcessingRegister } from '../../../../shared/rights/register';
import type { MessageKey } from '../../../../shared/i18n/translate';
import type { Role } from '../../../../shared/roles';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { savePdfAs } from '../../api/save-pdf';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocaleStore } from '../../i18n/locale-store';
import { useT } from '../../i18n/useT';

/** The processing register as core generates it, with its PDF. */
export function RegisterPanel() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [reg, setReg] = useState<ProcessingRegister | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    call('rights.register', {}).then(setReg, (e: unknown) => setError(toApiError(e)));
  }, []);
  const roles = (list: Role[]) => (list.length ? list.map((r) => t(`roles.${r}` as MessageKey)).join(', ') : t('rights.none'));
  const save = async () => {
    setError(null);
    try {
      await savePdfAs(
        { title: t('rights.register.dialogTitle'), suggestedName: 'processing-register.pdf' },
        (token) => call('rights.registerPdf', { destinationToken: token, locale }),
        (size) => t('rights.register.saved', { size }),
        'reportExport',
      );
    } catch (e) {
      setError(toApiError(e));
    }
  };
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text c="dimmed" maw={700}>
          {t('rights.register.intro')}
        </Text>
        <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void save()} disabled={!reg}>
          {t('rights.register.save')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {reg && (
        <>
          <Paper withBorder>
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing="xs" data-testid="register-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('rights.register.category')}</Table.Th>
                    <Table.Th>{t('rights.register.purposeColumn')}</Table.Th>
                    <Table.Th>{t('rights.register.basis')}</Table.Th>
                    <Table.Th>{t('rights.register.readers')}</Table.Th>
                    <Table.Th>{t('rights.register.kept')}</Table.Th>
                    <Table.Th>{t('rights.register.goesTo')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {reg.rows.map((r) => (
                    <Table.Tr key={r.category}>
                      <Table.Td>
                        <Text fw={600} size="sm">
                          {t(`access.category.${r.category}` as MessageKey)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {r.tables.join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`rights.purpose.${r.category}` as MessageKey)}</Table.Td>
                      <Table.Td>{t(`rights.legalBasis.${r.legalBasis}` as MessageKey)}</Table.Td>
                      <Table.Td>
                        {roles(r.readers)}
                        {r.glassReaders.length > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('rights.register.glass', { roles: roles(r.glassReaders) })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{t('rights.register.monthsAfterClosure', { months: r.retention.defaultMonths })}</Table.Td>
                      <Table.Td>
                        {r.sharedWithPartners ? t('rights.register.partnersUnderConsent') : t('rights.register.backupsOnly')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <Title order={3}>{t('rights.register.retentionTitle')}</Title>
          <Text size="sm" c="dimmed" maw={700}>
            {t('rights.register.retentionIntro')}
          </Text>
          <Table withTableBorder maw={700} data-testid="register-retention">
            <Table.Tbody>
              {reg.retention.map((p) => (
                <Table.Tr key={p.category}>
                  <Table.Td>{t(`retention.categories.${p.category}`)}</Table.Td>
                  <Table.Td>{t(p.set ? 'rights.register.periodSet' : 'rights.register.periodDefault', { months: p.months })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={3}>{t('rights.register.ownTitle')}</Title>
          <Stack gap={4}>
            {reg.ownRecords.map((o) => (
              <Text key={o.record} size="sm">
                {t(`rights.ownRecord.${o.record}` as MessageKey)}
                {o.tables.length > 0 && ` (${o.tables.join(', ')})`}
              </Text>
            ))}
          </Stack>
          <Title order={3}>{t('rights.register.partnersTitle')}</Title>
          <Text size="sm">{reg.partners.length ? reg.partners.map((p) => p.name).join(' · ') : t('rights.register.noPartners')}</Text>
          <Title order={3}>{t('rights.register.backupsTitle')}</Title>
          <Text size="sm">
            {t(reg.backups.scheduled ? 'rights.register.backupsScheduled' : 'rights.register.backupsManual', {
              keys: reg.backups.headOfficeKeys,
            })}
          </Text>
        </>
      )}
    </Stack>
  );
}

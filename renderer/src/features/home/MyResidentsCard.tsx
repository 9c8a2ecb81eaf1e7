import { Anchor, Badge, Card, Loader, Stack, Table, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MyResident } from '../../../../shared/domain/my-residents';
import type { RiskLevel } from '../../../../shared/enums/care';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { HomeCardTitle } from './HomeCardTitle';
import { useCardData } from './useCardData';

const RISK_COLOR: Record<RiskLevel, string> = { none: 'gray', moderate: 'orange', high: 'red' };

function MyResidentsList() {
  const t = useT();
  const { data: rows, error } = useCardData<MyResident[]>(() => call('home.myResidents', {}));

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-residents-title">
      <Stack gap="sm">
        <HomeCardTitle id="my-residents-title" icon={<IconUsers size={20} aria-hidden />} color="teal" title={t('myResidents.title')}>
          <Text size="sm" c="dimmed">
            {t('myResidents.intro')}
          </Text>
        </HomeCardTitle>
        <ErrorAlert error={error} />
        {!rows && !error && <Loader size="sm" aria-label={t('common.loading')} />}
        {rows?.length === 0 && <Text>{t('myResidents.none')}</Text>}
        {rows && rows.length > 0 && (
          <Table aria-labelledby="my-residents-title" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('myResidents.resident')}</Table.Th>
                <Table.Th>{t('myResidents.bed')}</Table.Th>
                <Table.Th>{t('myResidents.risk')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/residents/${r.id}`} fw={600} translate="no">
                      {r.displayName}
                    </Anchor>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {r.code}
                    </Text>
                  </Table.Td>
                  <Table.Td translate="no">
                    {r.roomName ? t('residentList.bed', { room: r.roomName, bed: r.bedLabel ?? '' }) : t('residentList.noBed')}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={RISK_COLOR[r.riskLevel]} variant="light" tt="none" radius="sm">
                      {t(`residentEnums.riskLevel.${r.riskLevel}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

/** A counsellor's or social worker's own residents, with where they sleep and their risk level. */
export function MyResidentsCard() {
  return useCan('home.myResidents') ? <MyResidentsList /> : null;
}

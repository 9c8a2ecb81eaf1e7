import { Anchor, Badge, Button, Card, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RiskFlagView } from '../../../../shared/domain/rehab-sessions';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { useChannelData } from '../residents/file/useChannelData';
import { HomeCardTitle } from './HomeCardTitle';

/** The manager's Home: risk flags raised in sessions and not yet acknowledged, newest first. */
function RiskFlagsList() {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const open = useChannelData('counselling.riskFlags.open', {});
  const flags = open.data;
  const [ackError, setAckError] = useState<ApiError | null>(null);
  const error = open.error ?? ackError;
  const acknowledge = async (f: RiskFlagView) => {
    try {
      open.set(await call('residents.riskFlags.acknowledge', { residentId: f.residentId, flagId: f.id }));
    } catch (e) {
      setAckError(toApiError(e));
    }
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-risk-flags">
      <Stack gap="sm">
        <HomeCardTitle
          id="home-risk-flags"
          icon={<IconAlertTriangle size={20} />}
          color={flags?.length ? 'red' : 'gray'}
          title={t('rehabUi.riskCardTitle')}
        />
        {error && <ErrorAlert error={error} />}
        {flags && flags.length === 0 && <Text c="dimmed">{t('rehabUi.riskCardNone')}</Text>}
        {flags && flags.length > 0 && (
          <Table>
            <Table.Tbody>
              {flags.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/residents/${f.residentId}?tab=counselling`}>
                      {f.residentCode} · {f.residentName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge color="red" variant="light" tt="none">
                      {t(`rehabEnums.riskFlag.${f.flag}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(f.raisedAt)}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="light" onClick={() => void acknowledge(f)}>
                      {t('rehabUi.acknowledge')}
                    </Button>
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

export function RiskFlagsCard() {
  return useCan('counselling.riskFlags.open') ? <RiskFlagsList /> : null;
}

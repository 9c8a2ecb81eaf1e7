import { Anchor, Badge, Card, Loader, Stack, Table, Text } from '@mantine/core';
import { IconHourglass } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { StayLimitEntry } from '../../../../shared/domain/resident-stays';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { loadForSession, useSessionStore } from '../../stores/session';
import { HomeCardTitle } from './HomeCardTitle';

function LimitBadge({ entry }: { entry: StayLimitEntry }) {
  const t = useT();
  const left = entry.limitDays - entry.daysInShelter;
  if (left < 0)
    return (
      <Badge color="red" variant="filled" tt="none" radius="sm">
        {t('stayLimit.over', { days: -left })}
      </Badge>
    );
  if (left === 0)
    return (
      <Badge color="red" variant="light" tt="none" radius="sm">
        {t('stayLimit.atLimit')}
      </Badge>
    );
  return (
    <Badge color="orange" variant="light" tt="none" radius="sm">
      {t('stayLimit.left', { days: left })}
    </Badge>
  );
}

/**
 * The dashboard card for the stay limit (Ministerial Order 13/2021; days set in Settings):
 * who is within 30 days of it or past it, longest stay first, so the next step is planned
 * in time. Shown to the roles core lets read it.
 */
function StayLimitList() {
  const t = useT();
  const formatDate = useFormatDate();
  const limit = useSessionStore((s) => s.settings?.stayLimitDays);
  const [entries, setEntries] = useState<StayLimitEntry[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    loadForSession(
      () => call('residents.stayLimit', {}),
      (e) => {
        if (live) setEntries(e);
      },
    ).catch((e: unknown) => {
      if (live) setError(toApiError(e));
    });
    return () => {
      live = false;
    };
  }, []);

  const days = entries?.[0]?.limitDays ?? limit ?? 183;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="stay-limit-title">
      <Stack gap="sm">
        <HomeCardTitle
          id="stay-limit-title"
          icon={<IconHourglass size={20} aria-hidden />}
          color={entries?.some((e) => e.overLimit) ? 'red' : 'orange'}
          title={t('stayLimit.title')}
        >
          <Text size="sm" c="dimmed">
            {t('stayLimit.intro', { days })}
          </Text>
        </HomeCardTitle>
        <ErrorAlert error={error} />
        {!entries && !error && <Loader size="sm" aria-label={t('common.loading')} />}
        {entries?.length === 0 && <Text>{t('stayLimit.none', { days })}</Text>}
        {entries && entries.length > 0 && (
          <Table verticalSpacing="xs" aria-label={t('stayLimit.tableLabel')} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('stayLimit.name')}</Table.Th>
                <Table.Th>{t('stayLimit.admittedOn')}</Table.Th>
                <Table.Th>{t('stayLimit.inShelter')}</Table.Th>
                <Table.Th>{t('stayLimit.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.stayId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/residents/${e.resident.id}`} fw={600}>
                      {e.resident.displayName}
                    </Anchor>
                    <Text size="xs" ff="monospace" c="dimmed">
                      {e.resident.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDate(e.admittedOn)}</Table.Td>
                  <Table.Td>{t('stayLimit.days', { days: e.daysInShelter, limit: e.limitDays })}</Table.Td>
                  <Table.Td>
                    <LimitBadge entry={e} />
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

export function StayLimitCard() {
  const canRead = useCan('residents.stayLimit');
  return canRead ? <StayLimitList /> : null;
}

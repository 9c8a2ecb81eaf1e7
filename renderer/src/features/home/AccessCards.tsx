import { Anchor, Badge, Card, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconHammer, IconUserQuestion } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { useChannelData } from '../residents/file/useChannelData';
import { HomeCardTitle } from './HomeCardTitle';

/**
 * The manager's need-to-know cards: residents still waiting for a counsellor or a social
 * worker (nobody but the manager can open their file), and every file opened by breaking
 * the glass in the last 30 days, with who, when and why.
 */
export function AccessCards() {
  const canSee = useCan('residents.accessOverview');
  if (!canSee) return null;
  return <AccessCardsFor />;
}

function AccessCardsFor() {
  const t = useT();
  const formatTime = useFormatDateTime();
  const overview = useChannelData('residents.accessOverview', {});
  const data = overview.data;
  return (
    <>
      <Card withBorder padding="lg" component="section" aria-labelledby="unassigned-title">
        <Stack gap="sm">
          <HomeCardTitle
            id="unassigned-title"
            icon={<IconUserQuestion size={20} aria-hidden />}
            color={data?.unassigned.length ? 'orange' : 'teal'}
            title={t('unassigned.homeTitle')}
          />
          <ErrorAlert error={overview.error} />
          {!data && !overview.error && <Loader size="sm" aria-label={t('common.loading')} />}
          {data?.unassigned.length === 0 && <Text>{t('unassigned.homeEmpty')}</Text>}
          {data && data.unassigned.length > 0 && (
            <Table verticalSpacing="xs" aria-label={t('unassigned.homeTitle')}>
              <Table.Tbody>
                {data.unassigned.map((r) => (
                  <Table.Tr key={r.residentId}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/residents/${r.residentId}?tab=overview`}
                        fw={600}
                        aria-label={t('unassigned.open', { code: r.code })}
                      >
                        {r.displayName}
                      </Anchor>
                      <Text size="xs" ff="monospace" c="dimmed">
                        {r.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        {r.missingCounsellor && (
                          <Badge color="orange" variant="light" tt="none">
                            {t('unassigned.missingCounsellor')}
                          </Badge>
                        )}
                        {r.missingSocialWorker && (
                          <Badge color="orange" variant="light" tt="none">
                            {t('unassigned.missingSocialWorker')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="break-glass-title">
        <Stack gap="sm">
          <HomeCardTitle
            id="break-glass-title"
            icon={<IconHammer size={20} aria-hidden />}
            color={data?.breakGlass.length ? 'red' : 'teal'}
            title={t('breakGlass.homeTitle')}
          />
          {data?.breakGlass.length === 0 && <Text>{t('breakGlass.homeEmpty')}</Text>}
          {data && data.breakGlass.length > 0 && (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.breakGlass.map((o) => (
                <li key={o.id}>
                  <Text size="sm">
                    {t('breakGlass.homeRow', {
                      who: o.userName ?? '?',
                      code: o.residentCode,
                      time: formatTime(o.at),
                      reason: t(`breakGlass.reason.${o.reason}`),
                    })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {o.note}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Card>
    </>
  );
}

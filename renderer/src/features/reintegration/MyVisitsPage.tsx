import { Anchor, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { MyVisits } from '../../../../shared/domain/reintegration';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useFormatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useChannelData } from '../residents/file/useChannelData';

type Visit = MyVisits['overdue'][number];

function VisitTable({ id, title, visits, color }: { id: string; title: string; visits: Visit[]; color: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="sm">
        {title}{' '}
        <Badge color={color} variant="light">
          {visits.length}
        </Badge>
      </Title>
      {visits.length === 0 ? (
        <Text c="dimmed">{t('reintegration.myVisits.empty')}</Text>
      ) : (
        <Table aria-labelledby={id} verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reintegration.myVisits.name')}</Table.Th>
              <Table.Th>{t('reintegration.myVisits.dueOn')}</Table.Th>
              <Table.Th>{t('reintegration.myVisits.place')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visits.map((v) => (
              <Table.Tr key={v.visitId}>
                <Table.Td>
                  <Anchor component={Link} to={`/residents/${v.residentId}?tab=reintegration`} fw={600}>
                    {v.displayName}
                  </Anchor>
                  <Text size="xs" ff="monospace" c="dimmed">
                    {v.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {formatDate(v.dueOn)}
                  {v.month !== null && (
                    <Text size="xs" c="dimmed">
                      {t('reintegration.schedule.month', { month: v.month })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{[v.village, v.district].filter(Boolean).join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** A social worker's follow-up visits (a manager sees everyone's), by the shelter's day, and who needs attention. */
export default function MyVisitsPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const data = useChannelData('reintegration.myVisits', {});
  if (data.error) return <ErrorAlert error={data.error} />;
  if (!data.data) return <PageLoader />;
  const m = data.data;
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={2}>{t('reintegration.myVisits.title')}</Title>
        <Text c="dimmed">{t('reintegration.myVisits.intro', { today: formatDate(m.today) })}</Text>
      </div>
      <VisitTable id="visits-overdue" title={t('reintegration.myVisits.overdue')} visits={m.overdue} color="red" />
      <VisitTable id="visits-week" title={t('reintegration.myVisits.dueThisWeek')} visits={m.dueThisWeek} color="orange" />
      <Card withBorder padding="lg" component="section" aria-labelledby="visits-attention">
        <Title order={3} size="h4" id="visits-attention" mb="sm">
          {t('reintegration.myVisits.attention')}
        </Title>
        {m.attention.length === 0 ? (
          <Text c="dimmed">{t('reintegration.myVisits.empty')}</Text>
        ) : (
          <Table aria-labelledby="visits-attention" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reintegration.myVisits.name')}</Table.Th>
                <Table.Th>{t('reintegration.myVisits.reasons')}</Table.Th>
                <Table.Th>{t('reintegration.myVisits.lastScore')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.attention.map((a) => (
                <Table.Tr key={a.residentId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/residents/${a.residentId}?tab=reintegration`} fw={600}>
                      {a.displayName}
                    </Anchor>
                    <Text size="xs" ff="monospace" c="dimmed">
                      {a.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>{a.reasons.map((r) => t(`reintegration.attention.${r}`)).join(' · ')}</Table.Td>
                  <Table.Td>{a.lastComposite?.toFixed(2) ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <VisitTable id="visits-later" title={t('reintegration.myVisits.later')} visits={m.later} color="blue" />
    </Stack>
  );
}

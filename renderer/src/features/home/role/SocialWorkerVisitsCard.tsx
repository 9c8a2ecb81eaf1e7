import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { MyVisits } from '../../../../../shared/domain/reintegration';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { useFormatDate } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useChannelData } from '../../residents/file/useChannelData';
import { HomeCardTitle } from '../HomeCardTitle';
import { HomeList } from './HomeList';

/**
 * A social worker's Home: her follow-up visits overdue and due this week and the people who
 * need attention, from the very query My visits runs (reintegration.myVisits: totals and first
 * pages); her caseload
 * is the "My residents" card above. Lists, not a chart: a handful of names and dates reads
 * faster than bars.
 */
export default function SocialWorkerVisitsCard() {
  const t = useT();
  const formatDate = useFormatDate();
  const visits = useChannelData('reintegration.myVisits', {});
  if (visits.error) return <ErrorAlert error={visits.error} />;
  if (!visits.data) return <PageLoader />;
  const m = visits.data;
  const rows = (list: MyVisits['overdue']) =>
    list.items.map((v) => ({
      key: v.visitId,
      residentId: v.residentId,
      code: v.code,
      name: v.displayName,
      when: formatDate(v.dueOn),
      tab: 'reintegration',
    }));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-visits-title">
      <Stack gap="md">
        <HomeCardTitle
          id="home-visits-title"
          icon={<IconRoute size={20} aria-hidden />}
          color={m.overdue.total > 0 ? 'red' : 'blue'}
          title={t('homeVisits.title')}
        >
          <Text size="sm" c="dimmed">
            {t('homeVisits.intro')}
          </Text>
        </HomeCardTitle>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <HomeList
            id="home-visits-overdue"
            title={t('homeVisits.overdue', { count: m.overdue.total })}
            empty={t('homeVisits.none')}
            rows={rows(m.overdue)}
            total={m.overdue.total}
          />
          <HomeList
            id="home-visits-week"
            title={t('homeVisits.dueThisWeek', { count: m.dueThisWeek.total })}
            empty={t('homeVisits.none')}
            rows={rows(m.dueThisWeek)}
            total={m.dueThisWeek.total}
          />
          <HomeList
            id="home-visits-attention"
            title={t('homeVisits.attention', { count: m.attention.total })}
            empty={t('homeVisits.none')}
            total={m.attention.total}
            rows={m.attention.items.map((a) => ({
              key: a.residentId,
              residentId: a.residentId,
              code: a.code,
              name: a.displayName,
              when: a.reasons.map((r) => t(`reintegration.attention.${r}`)).join(' · '),
              tab: 'reintegration',
            }))}
          />
        </SimpleGrid>
        <Group>
          <Button component={Link} to="/visits" variant="light">
            {t('homeVisits.openVisits')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

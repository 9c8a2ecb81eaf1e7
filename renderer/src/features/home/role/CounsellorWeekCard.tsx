import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCalendarWeek } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { useFormatDate, useFormatDateTime } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useChannelData } from '../../residents/file/useChannelData';
import { HomeCardTitle } from '../HomeCardTitle';
import { HomeList } from './HomeList';

// The chart library is its own chunk, fetched after the lists are on screen.
const WeekDaysChart = lazy(() => import('./WeekDaysChart'));

/**
 * A counsellor's Home: her week, from the very query My week runs (counselling.myWeek), the
 * first lines of each list, and how the coming sessions fall across the days.
 */
export default function CounsellorWeekCard() {
  const t = useT();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const week = useChannelData('counselling.myWeek', {});
  if (week.error) return <ErrorAlert error={week.error} />;
  if (!week.data) return <PageLoader />;
  const w = week.data;
  const ref = (r: { residentId: string; residentCode: string; residentName: string }) => ({
    residentId: r.residentId,
    code: r.residentCode,
    name: r.residentName,
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="home-week-title">
      <Stack gap="md">
        <HomeCardTitle id="home-week-title" icon={<IconCalendarWeek size={20} aria-hidden />} color="grape" title={t('homeWeek.title')}>
          <Text size="sm" c="dimmed">
            {t('homeWeek.intro')}
          </Text>
        </HomeCardTitle>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <HomeList
              id="home-week-upcoming"
              title={t('homeWeek.upcoming', { count: w.upcoming.length })}
              empty={t('homeWeek.none')}
              rows={w.upcoming.map((u) => ({
                ...ref(u),
                key: `${u.sessionId}-${u.residentId}`,
                when: formatDateTime(u.startsAt),
                tab: 'counselling',
              }))}
            />
            <HomeList
              id="home-week-missed"
              title={t('homeWeek.missed', { count: w.missed.length })}
              empty={t('homeWeek.none')}
              rows={w.missed.map((m) => ({
                ...ref(m),
                key: `${m.sessionId}-${m.residentId}`,
                when: formatDateTime(m.startsAt),
                tab: 'counselling',
              }))}
            />
            <HomeList
              id="home-week-reviews"
              title={t('homeWeek.reviews', { count: w.reviewsDue.length })}
              empty={t('homeWeek.none')}
              rows={w.reviewsDue.map((r) => ({ ...ref(r), key: r.residentId, when: formatDate(r.nextReviewOn), tab: 'rehabilitation' }))}
            />
          </Stack>
          <Suspense fallback={null}>
            <WeekDaysChart startsAt={w.upcoming.map((u) => u.startsAt)} />
          </Suspense>
        </SimpleGrid>
        <Group>
          <Button component={Link} to="/my-week" variant="light">
            {t('homeWeek.openWeek')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

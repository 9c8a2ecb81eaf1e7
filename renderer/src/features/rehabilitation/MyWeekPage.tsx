import { Alert, Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useFormatDate, useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { useChannelData } from '../residents/file/useChannelData';
import { GroupSessionForm } from './GroupSessionForm';

type Row = { key: string; residentId: string; residentCode: string; residentName: string; when: string; tab: string };

function Section({ id, title, rows, empty }: { id: string; title: string; rows: Row[]; empty: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{r.when}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/residents/${r.residentId}?tab=${r.tab}`}>
                    {r.residentCode} · {r.residentName}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

/** A counsellor's week: upcoming sessions across her residents, missed ones to reschedule, plan reviews due. */
export function MyWeekPage() {
  const t = useT();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const week = useChannelData('counselling.myWeek', {});
  const canGroup = useCan('residents.sessions.saveGroup');
  const [grouping, setGrouping] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  if (week.error) return <ErrorAlert error={week.error} />;
  if (!week.data) return <PageLoader />;
  const w = week.data;
  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between">
        <Title order={2}>{t('rehabUi.myWeekTitle')}</Title>
        {canGroup && <Button onClick={() => setGrouping(true)}>{t('groupSession.record')}</Button>}
      </Group>
      {saved !== null && (
        <Alert color="teal" withCloseButton onClose={() => setSaved(null)} role="status">
          {t('groupSession.saved', { count: saved })}
        </Alert>
      )}
      {grouping && (
        <GroupSessionForm
          onClose={() => setGrouping(false)}
          onSaved={(count) => {
            setGrouping(false);
            setSaved(count);
            week.reload();
          }}
        />
      )}
      <Section
        id="week-upcoming"
        title={t('rehabUi.upcoming')}
        empty={t('rehabUi.nothing')}
        rows={w.upcoming.map((u) => ({
          ...u,
          key: `${u.sessionId}-${u.residentId}`,
          when: formatDateTime(u.startsAt),
          tab: 'counselling',
        }))}
      />
      <Section
        id="week-missed"
        title={t('rehabUi.missed')}
        empty={t('rehabUi.nothing')}
        rows={w.missed.map((m) => ({ ...m, key: `${m.sessionId}-${m.residentId}`, when: formatDateTime(m.startsAt), tab: 'counselling' }))}
      />
      <Section
        id="week-reviews"
        title={t('rehabUi.reviewsDue')}
        empty={t('rehabUi.nothing')}
        rows={w.reviewsDue.map((r) => ({ ...r, key: r.residentId, when: formatDate(r.nextReviewOn), tab: 'rehabilitation' }))}
      />
    </Stack>
  );
}

import { Anchor, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { Link } from 'react-router';
import type { AttentionCursor, MyVisits, VisitCursor, VisitSection } from '../../../../shared/domain/reintegration';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useFormatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useChannelData } from '../residents/file/useChannelData';
import { ShowMore } from './ShowMore';
import { useMorePages, type Page } from './useMorePages';

function SectionCard({
  id,
  title,
  total,
  color,
  children,
}: {
  id: string;
  title: string;
  total: number;
  color?: string;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="sm">
        {title}{' '}
        <Badge color={color} variant="light">
          {total}
        </Badge>
      </Title>
      {children}
    </Card>
  );
}

function ResidentCell({ residentId, displayName, code }: { residentId: string; displayName: string; code: string }) {
  return (
    <Table.Td>
      <Anchor component={Link} to={`/residents/${residentId}?tab=reintegration`} fw={600}>
        {displayName}
      </Anchor>
      <Text size="xs" ff="monospace" c="dimmed">
        {code}
      </Text>
    </Table.Td>
  );
}

/**
 * One section of My visits: its exact total, the lines core sent, and "show more" for the
 * page after the last one shown.
 */
function PagedSection<T, C>({
  id,
  title,
  color,
  data,
  fetchAfter,
  headers,
  rowKey,
  cells,
}: {
  id: string;
  title: string;
  color: string;
  data: Page<T, C> & { total: number };
  fetchAfter: (after: C) => Promise<Page<T, C>>;
  headers: string[];
  rowKey: (item: T) => string;
  cells: (item: T) => React.ReactNode;
}) {
  const t = useT();
  const { tableRef, ...list } = useMorePages(data, fetchAfter);
  return (
    <SectionCard id={id} title={title} total={data.total} color={color}>
      {list.items.length === 0 ? (
        <Text c="dimmed">{t('reintegration.myVisits.empty')}</Text>
      ) : (
        <Table ref={tableRef} aria-labelledby={id} verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {headers.map((h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.items.map((item) => (
              <Table.Tr key={rowKey(item)}>{cells(item)}</Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ShowMore
        shown={list.items.length}
        total={data.total}
        hasMore={list.hasMore}
        loading={list.loading}
        error={list.error}
        onMore={() => void list.more()}
        label={title}
      />
    </SectionCard>
  );
}

/** A section of due visits: who, when (and which month of her year), where. */
function VisitTable({
  section,
  id,
  title,
  data,
  color,
}: {
  section: VisitSection;
  id: string;
  title: string;
  data: MyVisits['overdue'];
  color: string;
}) {
  const t = useT();
  const formatDate = useFormatDate();
  const fetchAfter = useCallback((after: VisitCursor) => call('reintegration.myVisitsMore', { section, after }), [section]);
  return (
    <PagedSection
      id={id}
      title={title}
      color={color}
      data={data}
      fetchAfter={fetchAfter}
      headers={[t('reintegration.myVisits.name'), t('reintegration.myVisits.dueOn'), t('reintegration.myVisits.place')]}
      rowKey={(v) => v.visitId}
      cells={(v) => (
        <>
          <ResidentCell {...v} />
          <Table.Td>
            {formatDate(v.dueOn)}
            {v.month !== null && (
              <Text size="xs" c="dimmed">
                {t('reintegration.schedule.month', { month: v.month })}
              </Text>
            )}
          </Table.Td>
          <Table.Td>{[v.village, v.district].filter(Boolean).join(', ') || '—'}</Table.Td>
        </>
      )}
    />
  );
}

/** The people needing attention: who, why, her last composite. */
function AttentionTable({ data }: { data: MyVisits['attention'] }) {
  const t = useT();
  const fetchAfter = useCallback((after: AttentionCursor) => call('reintegration.attentionMore', { after }), []);
  return (
    <PagedSection
      id="visits-attention"
      title={t('reintegration.myVisits.attention')}
      color="grape"
      data={data}
      fetchAfter={fetchAfter}
      headers={[t('reintegration.myVisits.name'), t('reintegration.myVisits.reasons'), t('reintegration.myVisits.lastScore')]}
      rowKey={(a) => a.residentId}
      cells={(a) => (
        <>
          <ResidentCell {...a} />
          <Table.Td>{a.reasons.map((r) => t(`reintegration.attention.${r}`)).join(' · ')}</Table.Td>
          <Table.Td>{a.lastComposite?.toFixed(2) ?? '—'}</Table.Td>
        </>
      )}
    />
  );
}

/**
 * A social worker's follow-up visits (a manager sees everyone's), by the shelter's day, and
 * who needs attention: each section with its exact total and a page at a time, so the page
 * stays quick at any size of shelter.
 */
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
      <VisitTable
        key={`overdue-${m.today}`}
        section="overdue"
        id="visits-overdue"
        title={t('reintegration.myVisits.overdue')}
        data={m.overdue}
        color="red"
      />
      <VisitTable
        key={`week-${m.today}`}
        section="dueThisWeek"
        id="visits-week"
        title={t('reintegration.myVisits.dueThisWeek')}
        data={m.dueThisWeek}
        color="orange"
      />
      <AttentionTable key={`attention-${m.today}`} data={m.attention} />
      <VisitTable
        key={`later-${m.today}`}
        section="later"
        id="visits-later"
        title={t('reintegration.myVisits.later')}
        data={m.later}
        color="blue"
      />
    </Stack>
  );
}

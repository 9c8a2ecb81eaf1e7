import { Anchor, List, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';

/** How many lines of each list Home shows; the full list is one click away. */
export const HOME_LIST_ROWS = 5;

export type HomeListRow = { key: string; residentId: string; code: string; name: string; when: string; tab: string };

/**
 * One short titled list on a Home card: who and when, each line opening her file on the
 * right tab; "and N more" points at the page holding the rest.
 */
export function HomeList({
  id,
  title,
  rows,
  empty,
  total = rows.length,
}: {
  id: string;
  title: string;
  rows: HomeListRow[];
  empty: string;
  /** The whole list's length when `rows` is only its first page. */
  total?: number;
}) {
  const t = useT();
  const shown = rows.slice(0, HOME_LIST_ROWS);
  return (
    <section aria-labelledby={id}>
      <Title order={4} size="h6" id={id} mb={4}>
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List size="sm" spacing={2} listStyleType="none" aria-labelledby={id}>
          {shown.map((r) => (
            <List.Item key={r.key}>
              <Text span size="sm" c="dimmed">
                {r.when}
              </Text>{' '}
              <Anchor component={Link} to={`/residents/${r.residentId}?tab=${r.tab}`} size="sm" translate="no">
                {r.code} · {r.name}
              </Anchor>
            </List.Item>
          ))}
          {total > shown.length && (
            <List.Item>
              <Text span size="sm" c="dimmed">
                {t('homeWeek.more', { count: total - shown.length })}
              </Text>
            </List.Item>
          )}
        </List>
      )}
    </section>
  );
}

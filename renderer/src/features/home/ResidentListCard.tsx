import { Anchor, Card, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HomeCardTitle } from './HomeCardTitle';

export interface ResidentListRow {
  residentId: string;
  residentCode: string;
  residentName: string;
  when: string;
}

/** A Home card listing residents (code and name, linking to a tab of the file) with one date each. */
export function ResidentListCard(props: {
  id: string;
  icon: ReactNode;
  title: string;
  empty: string;
  tab: string;
  rows: ResidentListRow[] | null;
  error: ApiError | null;
}) {
  const { id, icon, title, empty, tab, rows, error } = props;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <HomeCardTitle id={id} icon={icon} color={rows?.length ? 'orange' : 'gray'} title={title} />
        {error && <ErrorAlert error={error} />}
        {rows && rows.length === 0 && <Text c="dimmed">{empty}</Text>}
        {rows && rows.length > 0 && (
          <Table>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.residentId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/residents/${r.residentId}?tab=${tab}`}>
                      {r.residentCode} · {r.residentName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.when}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

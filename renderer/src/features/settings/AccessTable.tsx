import { Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ACCESS_CATEGORIES, ACCESS_RELATIONS, ACCESS_TABLE } from '../../../../shared/access/table';
import { ROLES } from '../../../../shared/roles';
import { useT } from '../../i18n/useT';

/** The access table core enforces, read-only, for a manager: one row per role and relation. */
export function AccessTable() {
  const t = useT();
  return (
    <Paper withBorder p="lg" maw={1100} component="section" aria-labelledby="access-table-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="access-table-title">
          {t('access.tableTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('access.tableIntro')}
        </Text>
        {/* Thirteen categories are wider than the page: the region scrolls and takes the keyboard's focus. */}
        <Box tabIndex={0} role="region" aria-labelledby="access-table-title" style={{ overflowX: 'auto' }}>
          <Table miw={900} striped withTableBorder verticalSpacing={4} fz="xs" aria-label={t('access.tableTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('access.roleColumn')}</Table.Th>
                {ACCESS_CATEGORIES.map((c) => (
                  <Table.Th key={c}>{t(`access.category.${c}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ROLES.flatMap((role) =>
                // Managers and the reporting role are the same whatever the relation: one row each.
                ACCESS_RELATIONS.filter((rel) => (role !== 'manager' && role !== 'reporting') || rel === 'assigned').map((rel) => (
                  <Table.Tr key={`${role}-${rel}`}>
                    <Table.Th scope="row" fw={500}>
                      {t(`roles.${role}`)}
                      {role !== 'manager' && role !== 'reporting' && (
                        <Text span size="xs" c="dimmed">
                          {' · '}
                          {t(`access.relation.${rel}`)}
                        </Text>
                      )}
                    </Table.Th>
                    {ACCESS_CATEGORIES.map((c) => {
                      const level = ACCESS_TABLE[role][rel][c];
                      return (
                        <Table.Td key={c} c={level === 'none' ? 'dimmed' : undefined} fw={level === 'change' ? 600 : undefined}>
                          {t(`access.level.${level}`)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </Box>
      </Stack>
    </Paper>
  );
}

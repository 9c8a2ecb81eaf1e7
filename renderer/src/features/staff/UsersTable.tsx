import { ActionIcon, Badge, Group, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import type { UserSummary } from '../../../../shared/domain/user';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';

export type StaffAction = 'edit' | 'reset' | 'disable' | 'enable';

interface Props {
  users: UserSummary[];
  currentUserId: string | null;
  onAction: (action: StaffAction, user: UserSummary) => void;
}

function byStatusThenName(a: UserSummary, b: UserSummary): number {
  if (a.disabled !== b.disabled) return a.disabled ? 1 : -1;
  return a.fullName.localeCompare(b.fullName);
}

export function UsersTable({ users, currentUserId, onAction }: Props) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const sorted = [...users].sort(byStatusThenName);

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('staff.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.fullName')}</Table.Th>
            <Table.Th>{t('common.username')}</Table.Th>
            <Table.Th>{t('staff.fields.role')}</Table.Th>
            <Table.Th>{t('staff.fields.status')}</Table.Th>
            <Table.Th>{t('staff.fields.lastSignIn')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('staff.fields.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((u) => {
            const self = u.id === currentUserId;
            return (
              <Table.Tr key={u.id} c={u.disabled ? 'dimmed' : undefined}>
                <Table.Td>
                  <Text fw={500}>
                    {u.fullName}
                    {self && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        ({t('staff.you')})
                      </Text>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td ff="monospace">{u.username}</Table.Td>
                <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.disabled ? (
                      <Badge color="gray" variant="light">
                        {t('staff.status.disabled')}
                      </Badge>
                    ) : (
                      <Badge color="green" variant="light">
                        {t('staff.status.active')}
                      </Badge>
                    )}
                    {!u.disabled && u.mustChangePassword && (
                      <Badge color="yellow" variant="light">
                        {t('staff.status.mustChange')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : t('staff.never')}</Table.Td>
                <Table.Td>
                  {/* Each item opens a dialog: handing focus back to this button would take it out of the dialog. */}
                  <Menu position="bottom-end" withinPortal returnFocus={false}>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('staff.actionsFor', { name: u.fullName })}>
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onAction('edit', u)}>
                        {t('staff.actions.edit')}
                      </Menu.Item>
                      {!u.disabled && (
                        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => onAction('reset', u)}>
                          {t('staff.actions.reset')}
                        </Menu.Item>
                      )}
                      {u.disabled ? (
                        <Menu.Item leftSection={<IconUserCheck size={16} aria-hidden />} onClick={() => onAction('enable', u)}>
                          {t('staff.actions.enable')}
                        </Menu.Item>
                      ) : (
                        !self && (
                          <Menu.Item color="red" leftSection={<IconUserOff size={16} aria-hidden />} onClick={() => onAction('disable', u)}>
                            {t('staff.actions.disable')}
                          </Menu.Item>
                        )
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

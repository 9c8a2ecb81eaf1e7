import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { UserSummary } from '../../../../shared/domain/user';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { CREATE_USER_DRAFT, CreateUserModal } from './CreateUserModal';
import { DisableUserDialog } from './DisableUserDialog';
import { EditUserModal } from './EditUserModal';
import { SetPasswordModal } from './SetPasswordModal';
import { useStaffStore } from './staff-store';
import { UsersTable, type StaffAction } from './UsersTable';

type Dialog = { action: StaffAction; user: UserSummary } | null;

export default function StaffPage() {
  const t = useT();
  const users = useStaffStore((s) => s.users);
  const error = useStaffStore((s) => s.error);
  const currentUserId = useSessionStore((s) => s.user?.id ?? null);
  const [creating, setCreating] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [unfinished, setUnfinished] = useState(false);

  useEffect(() => {
    void useStaffStore.getState().load();
  }, []);

  // A new-account form left half-done (closed, or interrupted by a lock) is offered back.
  useEffect(() => {
    if (creating) return;
    let cancelled = false;
    call('drafts.get', { formKey: CREATE_USER_DRAFT })
      .then((d) => !cancelled && setUnfinished(d !== null))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [creating]);

  const close = () => setDialog(null);

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('staff.title')}</Title>
          <Text c="dimmed">{t('staff.intro')}</Text>
        </div>
        <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          {t('staff.create.open')}
        </Button>
      </Group>

      {unfinished && !creating && (
        <Alert color="blue" variant="light" title={t('staff.create.unfinishedTitle')}>
          <Group justify="space-between">
            <Text size="sm">{t('staff.create.unfinished')}</Text>
            <Button size="xs" onClick={() => setCreating(true)}>
              {t('common.continue')}
            </Button>
          </Group>
        </Alert>
      )}

      <ErrorAlert error={error} />
      <Paper withBorder>
        {users ? (
          <UsersTable users={users} currentUserId={currentUserId} onAction={(action, user) => setDialog({ action, user })} />
        ) : (
          !error && <PageLoader />
        )}
      </Paper>

      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      {dialog?.action === 'edit' && <EditUserModal key={dialog.user.id} user={dialog.user} onClose={close} />}
      {dialog?.action === 'disable' && <DisableUserDialog user={dialog.user} onClose={close} />}
      {(dialog?.action === 'enable' || dialog?.action === 'reset') && (
        <SetPasswordModal user={dialog.user} mode={dialog.action} onClose={close} />
      )}
    </Stack>
  );
}

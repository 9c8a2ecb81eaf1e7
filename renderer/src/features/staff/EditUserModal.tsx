import { Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { fullNameSchema, type UserSummary } from '../../../../shared/domain/user';
import type { Role } from '../../../../shared/roles';
import { z } from 'zod';
import { call } from '../../api/client';
import { DialogFormActions } from '../../components/DialogFormActions';
import { validateWith } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { RoleSelect } from './RoleSelect';
import { useStaffStore } from './staff-store';

const editSchema = z.object({ fullName: fullNameSchema });

/** Mounted fresh for each account (keyed by id), so it always starts from that account's values. */
export function EditUserModal({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const t = useT();
  const [fullName, setFullName] = useState(user.fullName);
  const [role, setRole] = useState<Role>(user.role);
  const form = useSubmission();

  const send = async () => {
    const updated = await call('users.update', { id: user.id, fullName, role });
    useStaffStore.getState().upsert(updated);
    const session = useSessionStore.getState();
    // Editing yourself changes what the header and navigation show at once.
    if (session.user?.id === updated.id) session.setUser({ ...session.user, fullName: updated.fullName, role: updated.role });
    notifications.show({ color: 'green', message: t('staff.edit.done', { name: updated.fullName }) });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('staff.edit.title', { name: user.fullName })} size="lg">
      <form onSubmit={form.onSubmit(() => validateWith(t, editSchema, { fullName }), send)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('common.fullName')}
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            error={form.errors.fullName}
            required
            data-autofocus
          />
          <TextInput label={t('common.username')} value={user.username} readOnly description={t('staff.edit.usernameFixed')} />
          <RoleSelect value={role} onChange={setRole} error={form.errors.role} />
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('common.save')} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { fullNameSchema, type UserSummary } from '../../../../shared/domain/user';
import type { Role } from '../../../../shared/roles';
import { z } from 'zod';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, hasErrors, validateWith, type FieldErrors } from '../../forms/field-errors';
import { focusFirstInvalid } from '../../forms/focus';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateWith(t, editSchema, { fullName });
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid();
    setBusy(true);
    setError(null);
    try {
      const updated = await call('users.update', { id: user.id, fullName, role });
      useStaffStore.getState().upsert(updated);
      const session = useSessionStore.getState();
      // Editing yourself changes what the header and navigation show at once.
      if (session.user?.id === updated.id) session.setUser({ ...session.user, fullName: updated.fullName, role: updated.role });
      notifications.show({ color: 'green', message: t('staff.edit.done', { name: updated.fullName }) });
      onClose();
    } catch (caught) {
      const err = toApiError(caught);
      setError(err);
      setErrors(apiFieldErrors(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('staff.edit.title', { name: user.fullName })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('common.fullName')}
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            error={errors.fullName}
            required
            data-autofocus
          />
          <TextInput label={t('common.username')} value={user.username} readOnly description={t('staff.edit.usernameFixed')} />
          <RoleSelect value={role} onChange={setRole} error={errors.role} />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { UserSummary } from '../../../../shared/domain/user';
import { call } from '../../api/client';
import { DialogFormActions } from '../../components/DialogFormActions';
import { passwordProblem, type FieldErrors } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';
import { useStaffStore } from './staff-store';

/**
 * Enable and reset both give an account a new password: enabling because the old
 * key slot was removed when the account was disabled.
 */
export function SetPasswordModal({ user, mode, onClose }: { user: UserSummary; mode: 'enable' | 'reset'; onClose: () => void }) {
  const t = useT();
  const self = useSessionStore((s) => s.user?.id === user.id);
  const [password, setPassword] = useState('');
  const form = useSubmission();

  const check = (): FieldErrors => {
    const pw = passwordProblem(t, password);
    return pw ? { password: pw } : {};
  };

  const send = async () => {
    const updated = await call(mode === 'enable' ? 'users.enable' : 'users.resetPassword', { id: user.id, password });
    useStaffStore.getState().upsert(updated);
    setPassword('');
    notifications.show({
      color: 'green',
      message: t(mode === 'enable' ? 'staff.enable.done' : 'staff.reset.done', { name: updated.fullName }),
    });
    onClose();
  };

  const intro =
    mode === 'enable'
      ? t('staff.enable.intro', { name: user.fullName })
      : self
        ? t('staff.reset.introSelf')
        : t('staff.reset.intro', { name: user.fullName });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(mode === 'enable' ? 'staff.enable.title' : 'staff.reset.title', { name: user.fullName })}
      size="lg"
    >
      <form onSubmit={form.onSubmit(check, send)} noValidate>
        <Stack gap="md">
          <Text>{intro}</Text>
          <TemporaryPasswordInput
            value={password}
            onChange={setPassword}
            error={form.errors.password}
            description={self ? t('staff.reset.selfHelp') : t('staff.create.passwordHelp')}
          />
          <DialogFormActions
            error={form.error}
            busy={form.busy}
            submitLabel={t(mode === 'enable' ? 'staff.enable.submit' : 'staff.reset.submit')}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

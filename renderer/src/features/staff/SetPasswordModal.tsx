import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { UserSummary } from '../../../../shared/domain/user';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, explainedByFields, passwordProblem, type FieldErrors } from '../../forms/field-errors';
import { focusFirstInvalid } from '../../forms/focus';
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pw = passwordProblem(t, password);
    setErrors(pw ? { password: pw } : {});
    if (pw) return focusFirstInvalid();
    setBusy(true);
    setError(null);
    try {
      const updated = await call(mode === 'enable' ? 'users.enable' : 'users.resetPassword', { id: user.id, password });
      useStaffStore.getState().upsert(updated);
      setPassword('');
      notifications.show({
        color: 'green',
        message: t(mode === 'enable' ? 'staff.enable.done' : 'staff.reset.done', { name: updated.fullName }),
      });
      onClose();
    } catch (caught) {
      const err = toApiError(caught);
      const fields = apiFieldErrors(t, err);
      setError(explainedByFields(err, fields) ? null : err);
      setErrors(fields);
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
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
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{intro}</Text>
          <TemporaryPasswordInput
            value={password}
            onChange={setPassword}
            error={errors.password}
            description={self ? t('staff.reset.selfHelp') : t('staff.create.passwordHelp')}
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t(mode === 'enable' ? 'staff.enable.submit' : 'staff.reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

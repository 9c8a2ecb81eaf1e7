import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { SessionUser } from '../../../../shared/domain/user';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { PasswordField } from '../../components/PasswordField';
import { confirmProblem, fieldMessage, passwordProblem, type FieldErrors } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';

/** Current + new + confirm; the same form serves the forced first change and the user menu. */
export function ChangePasswordForm({ onDone, submitLabel }: { onDone: (user: SessionUser) => void; submitLabel: string }) {
  const t = useT();
  // On the forced first change the "current" password is the temporary one a manager handed over.
  const temporary = useSessionStore((s) => s.user?.mustChangePassword ?? false);
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const form = useSubmission({
    onRefused: (err, view) => {
      if (err.code !== 'WRONG_CREDENTIALS' || !view.fields.currentPassword) return view;
      // "Wrong current password" is already said next to the field.
      const fields = temporary ? { ...view.fields, currentPassword: t('changePassword.wrongTemporary') } : view.fields;
      return { fields, alert: null };
    },
  });

  const check = () => {
    const found: FieldErrors = {};
    if (!currentPassword) found.currentPassword = fieldMessage(t, 'required');
    const pw = passwordProblem(t, newPassword);
    if (pw) found.newPassword = pw;
    else if (newPassword === currentPassword)
      found.newPassword = temporary ? t('changePassword.sameAsTemporary') : fieldMessage(t, 'samePassword');
    const cf = confirmProblem(t, newPassword, confirm);
    if (cf) found.confirm = cf;
    return found;
  };

  const send = async () => {
    const user = await call('auth.changePassword', { currentPassword, newPassword });
    setCurrent('');
    setNew('');
    setConfirm('');
    onDone(user);
  };

  return (
    <form onSubmit={form.onSubmit(check, send)} noValidate>
      <Stack gap="md">
        <PasswordField
          label={temporary ? t('changePassword.temporaryPassword') : t('common.currentPassword')}
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={form.errors.currentPassword}
          autoComplete="current-password"
          autoFocus
          required
        />
        <NewPasswordFields
          password={newPassword}
          confirm={confirm}
          onPasswordChange={setNew}
          onConfirmChange={setConfirm}
          passwordError={form.errors.newPassword}
          confirmError={form.errors.confirm}
        />
        <ErrorAlert error={form.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

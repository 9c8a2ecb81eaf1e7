import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SessionUser } from '../../../../shared/domain/user';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import {
  apiFieldErrors,
  confirmProblem,
  explainedByFields,
  fieldMessage,
  hasErrors,
  passwordProblem,
  type FieldErrors,
} from '../../forms/field-errors';
import { focusFirstInvalid } from '../../forms/focus';
import { useT } from '../../i18n/useT';

/** Current + new + confirm; the same form serves the forced first change and the user menu. */
export function ChangePasswordForm({ onDone, submitLabel }: { onDone: (user: SessionUser) => void; submitLabel: string }) {
  const t = useT();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors = {};
    if (!currentPassword) found.currentPassword = fieldMessage(t, 'required');
    const pw = passwordProblem(t, newPassword);
    if (pw) found.newPassword = pw;
    else if (newPassword === currentPassword) found.newPassword = fieldMessage(t, 'samePassword');
    const cf = confirmProblem(t, newPassword, confirm);
    if (cf) found.confirm = cf;
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid();
    setBusy(true);
    setError(null);
    try {
      const user = await call('auth.changePassword', { currentPassword, newPassword });
      setCurrent('');
      setNew('');
      setConfirm('');
      onDone(user);
    } catch (caught) {
      const err = toApiError(caught);
      const fields = apiFieldErrors(t, err);
      setErrors(fields);
      // "Wrong current password" is already said next to the field.
      setError((err.code === 'WRONG_CREDENTIALS' && fields.currentPassword) || explainedByFields(err, fields) ? null : err);
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PasswordInput
          label={t('common.currentPassword')}
          value={currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={errors.currentPassword}
          autoComplete="current-password"
          autoFocus
          required
        />
        <NewPasswordFields
          password={newPassword}
          confirm={confirm}
          onPasswordChange={setNew}
          onConfirmChange={setConfirm}
          passwordError={errors.newPassword}
          confirmError={errors.confirm}
        />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { usernameSchema } from '../../../../shared/domain/user';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { AuthFrame } from '../../components/AuthFrame';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import {
  apiFieldErrors,
  confirmProblem,
  fieldMessage,
  hasErrors,
  passwordProblem,
  validateWith,
  type FieldErrors,
} from '../../forms/field-errors';
import { focusFirstInvalid } from '../../forms/focus';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { ThrottleNotice } from './ThrottleNotice';
import { useCountdown } from './useCountdown';

const usernameOnly = z.object({ username: usernameSchema });

/** Forgot password: the recovery key written down at setup resets a manager's password. */
export function RecoverScreen() {
  const t = useT();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [username, setUsername] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const secondsLeft = useCountdown(retryAt);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateWith(t, usernameOnly, { username });
    if (!recoveryKey.trim()) found.recoveryKey = fieldMessage(t, 'required');
    const pw = passwordProblem(t, newPassword);
    if (pw) found.newPassword = pw;
    const cf = confirmProblem(t, newPassword, confirm);
    if (cf) found.confirm = cf;
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid();
    setBusy(true);
    setError(null);
    try {
      const user = await call('auth.recover', { recoveryKey: recoveryKey.trim(), username, newPassword });
      await useSessionStore.getState().enter(user);
    } catch (caught) {
      const err = toApiError(caught);
      setError(err);
      setRetryAt(err.retryAfterMs ? Date.now() + err.retryAfterMs : null);
      setErrors(apiFieldErrors(t, err));
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  const back = () => useSessionStore.getState().showAuthView('signIn');

  return (
    <AuthFrame width={560}>
      <form onSubmit={submit} noValidate aria-labelledby="recover-title">
        <Stack gap="md">
          <Title order={2} id="recover-title">
            {t('recover.title')}
          </Title>
          <Text>{t('recover.intro')}</Text>
          <TextInput
            label={t('recover.key')}
            description={t('recover.keyHelp')}
            value={recoveryKey}
            onChange={(e) => setRecoveryKey(e.currentTarget.value.toUpperCase())}
            error={errors.recoveryKey}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            required
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.05em' } }}
          />
          <TextInput
            label={t('recover.username')}
            description={t('recover.usernameHelp')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={errors.username}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
          <NewPasswordFields
            password={newPassword}
            confirm={confirm}
            onPasswordChange={setNewPassword}
            onConfirmChange={setConfirm}
            passwordError={errors.newPassword}
            confirmError={errors.confirm}
          />
          {error && error.code !== 'THROTTLED' && (
            <ErrorAlert error={error} message={error.code === 'PERMISSION_DENIED' ? t('recover.notManager') : undefined} />
          )}
          {retryAt !== null && (
            <ThrottleNotice secondsLeft={secondsLeft} title={error?.code === 'THROTTLED' ? t('signIn.throttledTitle') : undefined} />
          )}
          <Button type="submit" loading={busy} disabled={secondsLeft > 0} size="md">
            {t('recover.submit')}
          </Button>
          <Anchor component="button" type="button" size="sm" onClick={back}>
            {t('recover.back')}
          </Anchor>
        </Stack>
      </form>
    </AuthFrame>
  );
}

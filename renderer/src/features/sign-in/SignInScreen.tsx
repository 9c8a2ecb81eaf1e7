import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { usernameSchema } from '../../../../shared/domain/user';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { AuthFrame } from '../../components/AuthFrame';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldMessage, hasErrors, validateWith, type FieldErrors } from '../../forms/field-errors';
import { focusFirstInvalid } from '../../forms/focus';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { ThrottleNotice } from './ThrottleNotice';
import { useCountdown } from './useCountdown';

const usernameOnly = z.object({ username: usernameSchema });

export function SignInScreen() {
  const t = useT();
  const lockedBy = useSessionStore((s) => s.lockedBy);
  const lastUsername = useSessionStore((s) => s.lastUsername);
  const [username, setUsername] = useState(lastUsername ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const secondsLeft = useCountdown(retryAt);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateWith(t, usernameOnly, { username });
    if (!password) found.password = fieldMessage(t, 'required');
    setErrors(found);
    if (hasErrors(found)) return focusFirstInvalid();
    setBusy(true);
    setError(null);
    try {
      const user = await call('auth.signIn', { username, password });
      await useSessionStore.getState().enter(user);
    } catch (caught) {
      const err = toApiError(caught);
      if (err.code === 'VAULT_MISSING') return void useSessionStore.getState().boot();
      setError(err);
      setRetryAt(err.retryAfterMs ? Date.now() + err.retryAfterMs : null);
      // A wrong password is retyped, not edited: clear it and put the cursor there.
      if (err.code === 'WRONG_CREDENTIALS') setPassword('');
      document.getElementById('sign-in-password')?.focus();
    } finally {
      setBusy(false);
    }
  };

  const waiting = secondsLeft > 0;

  return (
    <AuthFrame>
      <form onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <Stack gap="md">
          <Title order={2} id="sign-in-title">
            {t('signIn.title')}
          </Title>
          {lockedBy && (
            <Alert color="blue" variant="light" icon={<IconLock aria-hidden />} data-testid="locked-note">
              {t('lock.lockedNote')}
              {(lockedBy === 'idle' || lockedBy === 'os') && ` ${t(`lock.because.${lockedBy}`)}`}
            </Alert>
          )}
          <TextInput
            label={t('common.username')}
            value={username}
            onChange={(e) => {
              setUsername(e.currentTarget.value);
              // Core delays each username separately: someone else may sign in at once.
              setRetryAt(null);
            }}
            error={errors.username}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus={!lastUsername}
            required
          />
          <PasswordInput
            id="sign-in-password"
            label={t('common.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={errors.password}
            autoComplete="current-password"
            autoFocus={Boolean(lastUsername)}
            required
          />
          {error && error.code !== 'THROTTLED' && <ErrorAlert error={error} />}
          {retryAt !== null && (
            <ThrottleNotice secondsLeft={secondsLeft} title={error?.code === 'THROTTLED' ? t('signIn.throttledTitle') : undefined} />
          )}
          <Button type="submit" loading={busy} disabled={waiting} size="md">
            {t('signIn.submit')}
          </Button>
          <Group justify="space-between">
            <Anchor component="button" type="button" size="sm" onClick={() => useSessionStore.getState().showAuthView('recover')}>
              {t('signIn.forgot')}
            </Anchor>
          </Group>
          <Text size="xs" c="dimmed">
            {t('signIn.staffHelp')}
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}

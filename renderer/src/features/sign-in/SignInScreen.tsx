import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { z } from 'zod';
import { usernameSchema } from '../../../../shared/domain/user';
import { call } from '../../api/client';
import { AuthFrame } from '../../components/AuthFrame';
import { PasswordField } from '../../components/PasswordField';
import { fieldMessage, validateWith } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { AttemptRefusal } from './AttemptRefusal';
import { useCountdown } from './useCountdown';

const usernameOnly = z.object({ username: usernameSchema });

export function SignInScreen() {
  const t = useT();
  const lockedBy = useSessionStore((s) => s.lockedBy);
  const lastUsername = useSessionStore((s) => s.lastUsername);
  const [username, setUsername] = useState(lastUsername ?? '');
  const [password, setPassword] = useState('');
  const form = useSubmission({
    onRefused: (err) => {
      if (err.code === 'VAULT_MISSING') {
        void useSessionStore.getState().boot();
        return 'handled';
      }
      // A wrong password is retyped, not edited: clear it and put the cursor there.
      if (err.code === 'WRONG_CREDENTIALS') setPassword('');
    },
    focusAfterRefusal: () => document.getElementById('sign-in-password')?.focus(),
  });
  const secondsLeft = useCountdown(form.retryAt);

  const check = () => {
    const found = validateWith(t, usernameOnly, { username });
    if (!password) found.password = fieldMessage(t, 'required');
    return found;
  };

  const send = async () => {
    const user = await call('auth.signIn', { username, password });
    await useSessionStore.getState().enter(user);
  };

  const waiting = secondsLeft > 0;

  return (
    <AuthFrame>
      <form onSubmit={form.onSubmit(check, send)} noValidate aria-labelledby="sign-in-title">
        <Stack gap="md">
          <Title order={2} id="sign-in-title">
            {t('signIn.title')}
          </Title>
          {lockedBy === 'fault' && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="locked-note">
              {t('coreHost.stopped')}
            </Alert>
          )}
          {lockedBy && lockedBy !== 'fault' && (
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
              form.clearRetry();
            }}
            error={form.errors.username}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus={!lastUsername}
            required
          />
          <PasswordField
            id="sign-in-password"
            label={t('common.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={form.errors.password}
            autoComplete="current-password"
            autoFocus={Boolean(lastUsername)}
            required
          />
          <AttemptRefusal error={form.error} retryAt={form.retryAt} secondsLeft={secondsLeft} />
          <Button type="submit" loading={form.busy} disabled={waiting} size="md">
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

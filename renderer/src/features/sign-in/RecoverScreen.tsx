import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { z } from 'zod';
import { usernameSchema } from '../../../../shared/domain/user';
import { call } from '../../api/client';
import { AuthFrame } from '../../components/AuthFrame';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { confirmProblem, fieldMessage, passwordProblem, validateWith } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { AttemptRefusal } from './AttemptRefusal';
import { useCountdown } from './useCountdown';

const usernameOnly = z.object({ username: usernameSchema });

/** Forgot password: the recovery key written down at setup resets a manager's password. */
export function RecoverScreen() {
  const t = useT();
  const [recoveryKey, setRecoveryKey] = useState('');
  const [username, setUsername] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const form = useSubmission({
    onRefused: (err, { fields }) => {
      if (err.code !== 'RECOVERY_KEY_INVALID') return { fields, alert: err };
      // The alert says plainly that the key is wrong; the field is only marked, not told "Not valid." again.
      const { recoveryKey: _said, ...others } = fields;
      return { fields: others, alert: err };
    },
  });
  const secondsLeft = useCountdown(form.retryAt);
  const keyRefused = form.error?.code === 'RECOVERY_KEY_INVALID';

  const check = () => {
    const found = validateWith(t, usernameOnly, { username });
    if (!recoveryKey.trim()) found.recoveryKey = fieldMessage(t, 'required');
    const pw = passwordProblem(t, newPassword);
    if (pw) found.newPassword = pw;
    const cf = confirmProblem(t, newPassword, confirm);
    if (cf) found.confirm = cf;
    return found;
  };

  const send = async () => {
    const user = await call('auth.recover', { recoveryKey: recoveryKey.trim(), username, newPassword });
    await useSessionStore.getState().enter(user);
    notifications.show({ color: 'green', message: t('recover.done') });
  };

  const back = () => useSessionStore.getState().showAuthView('signIn');

  return (
    <AuthFrame width={560}>
      <form onSubmit={form.onSubmit(check, send)} noValidate aria-labelledby="recover-title">
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
            error={form.errors.recoveryKey ?? keyRefused}
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
            error={form.errors.username}
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
            passwordError={form.errors.newPassword}
            confirmError={form.errors.confirm}
          />
          <AttemptRefusal
            error={form.error}
            retryAt={form.retryAt}
            secondsLeft={secondsLeft}
            message={form.error?.code === 'PERMISSION_DENIED' ? t('recover.notManager') : undefined}
          />
          <Button type="submit" loading={form.busy} disabled={secondsLeft > 0} size="md">
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

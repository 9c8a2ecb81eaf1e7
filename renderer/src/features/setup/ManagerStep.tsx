import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { acceptOrShow } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useSetupStore } from './setup-store';
import { validateManager } from './validate';

export function ManagerStep() {
  const t = useT();
  const s = useSetupStore();

  const next = (e: FormEvent) => {
    e.preventDefault();
    if (acceptOrShow(validateManager(t, useSetupStore.getState()), s.setErrors)) s.setStep(2);
  };

  return (
    <form onSubmit={next} noValidate>
      <Stack gap="md">
        <Text>{t('setup.manager.intro')}</Text>
        <TextInput
          label={t('common.fullName')}
          value={s.fullName}
          onChange={(e) => s.setValue('fullName', e.currentTarget.value)}
          error={s.errors.fullName}
          required
          autoFocus
          autoComplete="name"
        />
        <TextInput
          label={t('common.username')}
          description={t('common.usernameHelp')}
          value={s.username}
          onChange={(e) => s.setValue('username', e.currentTarget.value.toLowerCase())}
          error={s.errors.username}
          required
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
        />
        <NewPasswordFields
          passwordLabel={t('common.password')}
          password={s.password}
          confirm={s.confirmPassword}
          onPasswordChange={(v) => s.setValue('password', v)}
          onConfirmChange={(v) => s.setValue('confirmPassword', v)}
          passwordError={s.errors.password}
          confirmError={s.errors.confirmPassword}
        />
        <Group justify="space-between">
          <Button variant="default" onClick={() => s.setStep(0)}>
            {t('common.back')}
          </Button>
          <Button type="submit">{t('common.next')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

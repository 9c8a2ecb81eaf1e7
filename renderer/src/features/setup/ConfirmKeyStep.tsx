import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { apiFieldErrors, fieldMessage, hasErrors, renamePaths, type FieldErrors } from '../../forms/field-errors';
import { focusFirstInvalid } from '../../forms/focus';
import { useLocaleStore } from '../../i18n/locale-store';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { useSetupStore } from './setup-store';
import { CORE_PATHS, stepOfField } from './validate';

export function ConfirmKeyStep() {
  const t = useT();
  const s = useSetupStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const groups = s.recovery?.confirmGroups ?? [];

  const finish = async (e: FormEvent) => {
    e.preventDefault();
    const st = useSetupStore.getState();
    if (!st.recovery) return st.setStep(2);
    const typed = groups.map((g) => (st.confirmTyped[g] ?? '').trim());
    const missing: FieldErrors = {};
    groups.forEach((g, i) => {
      if (!typed[i]) missing[`group${g}`] = fieldMessage(t, 'required');
    });
    st.setErrors(missing);
    if (hasErrors(missing)) return focusFirstInvalid();

    setBusy(true);
    setError(null);
    try {
      const user = await call('setup.complete', {
        organisationName: st.organisationName,
        siteCode: st.siteCode,
        locale: useLocaleStore.getState().locale,
        manager: { fullName: st.fullName, username: st.username, password: st.password },
        recoveryConfirmation: typed,
      });
      await useSessionStore.getState().enter(user);
      // Passwords and the key leave memory as soon as they are no longer needed.
      useSetupStore.getState().reset();
    } catch (caught) {
      const err = toApiError(caught);
      if (err.code === 'SETUP_NOT_PREPARED') return st.keyExpired();
      if (err.code === 'VAULT_EXISTS') return void useSessionStore.getState().boot();
      const fields = renamePaths(apiFieldErrors(t, err), CORE_PATHS);
      if (err.code === 'RECOVERY_CONFIRMATION_MISMATCH') {
        groups.forEach((g) => (fields[`group${g}`] = fieldMessage(t, 'mismatch')));
      }
      setError(err);
      st.setErrors(fields);
      const first = Object.keys(fields).find((f) => !f.startsWith('group') && f !== 'recoveryConfirmation');
      if (first) st.setStep(stepOfField(first));
      else focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={finish} noValidate>
      <Stack gap="md">
        <Text>{t('setup.confirm.intro')}</Text>
        <Text fw={600}>
          {t('setup.confirm.ask', { list: groups.map((g) => t('setup.recovery.groupNumber', { n: g })).join(t('common.and')) })}
        </Text>
        <Group align="flex-start">
          {groups.map((g, i) => (
            <TextInput
              key={g}
              label={t('setup.recovery.groupNumber', { n: g })}
              value={s.confirmTyped[g] ?? ''}
              onChange={(e) => s.setConfirmTyped(g, e.currentTarget.value.toUpperCase())}
              error={s.errors[`group${g}`]}
              maxLength={8}
              w={160}
              autoComplete="off"
              spellCheck={false}
              autoFocus={i === 0}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 22, letterSpacing: '0.15em', height: 48 } }}
            />
          ))}
        </Group>
        <ErrorAlert error={error}>
          {error?.code === 'RECOVERY_CONFIRMATION_MISMATCH' && (
            <Anchor component="button" type="button" onClick={() => s.setStep(2)}>
              {t('setup.confirm.showAgain')}
            </Anchor>
          )}
        </ErrorAlert>
        <Group justify="space-between">
          <Button variant="default" onClick={() => s.setStep(2)}>
            {t('setup.confirm.back')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('setup.confirm.finish')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

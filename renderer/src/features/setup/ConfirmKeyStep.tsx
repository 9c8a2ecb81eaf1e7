import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldMessage, renamePaths, type FieldErrors } from '../../forms/field-errors';
import { useSubmission } from '../../forms/useSubmission';
import { useLocaleStore } from '../../i18n/locale-store';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { useSetupStore } from './setup-store';
import { CORE_PATHS, stepOfField } from './validate';

export function ConfirmKeyStep() {
  const t = useT();
  const s = useSetupStore();
  const groups = s.recovery?.confirmGroups ?? [];
  const form = useSubmission({
    errorStore: { errors: s.errors, setErrors: s.setErrors },
    onRefused: (err, { fields }) => {
      const st = useSetupStore.getState();
      if (err.code === 'SETUP_NOT_PREPARED') {
        st.keyExpired();
        return 'handled';
      }
      if (err.code === 'VAULT_EXISTS') {
        void useSessionStore.getState().boot();
        return 'handled';
      }
      const renamed = renamePaths(fields, CORE_PATHS);
      // Only the groups core names as wrong turn red (recoveryConfirmation.N is the N-th asked group).
      if (err.code === 'RECOVERY_CONFIRMATION_MISMATCH')
        for (const f of err.fields ?? []) {
          const g = groups[Number(f.path.split('.')[1])];
          if (g !== undefined) renamed[`group${g}`] = fieldMessage(t, 'mismatch');
        }
      // A problem on an earlier step opens that step, where the field can be fixed.
      const first = Object.keys(renamed).find((f) => !f.startsWith('group') && !f.startsWith('recoveryConfirmation'));
      if (first) st.setStep(stepOfField(first));
      return { fields: renamed, alert: err };
    },
  });
  const typed = () => groups.map((g) => (useSetupStore.getState().confirmTyped[g] ?? '').trim());

  const check = () => {
    const missing: FieldErrors = {};
    typed().forEach((value, i) => {
      if (!value) missing[`group${groups[i]}`] = fieldMessage(t, 'required');
    });
    return missing;
  };

  const send = async () => {
    const st = useSetupStore.getState();
    const user = await call('setup.complete', {
      organisationName: st.organisationName,
      siteCode: st.siteCode,
      locale: useLocaleStore.getState().locale,
      manager: { fullName: st.fullName, username: st.username, password: st.password },
      recoveryConfirmation: typed(),
    });
    await useSessionStore.getState().enter(user);
    // Passwords and the key leave memory as soon as they are no longer needed.
    useSetupStore.getState().reset();
  };

  const submit = form.onSubmit(check, send);
  const finish = (e: FormEvent) => {
    if (useSetupStore.getState().recovery) return void submit(e);
    e.preventDefault();
    s.setStep(2);
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
        <ErrorAlert error={form.error}>
          {form.error?.code === 'RECOVERY_CONFIRMATION_MISMATCH' && (
            <Anchor component="button" type="button" onClick={() => s.setStep(2)}>
              {t('setup.confirm.showAgain')}
            </Anchor>
          )}
        </ErrorAlert>
        <Group justify="space-between">
          <Button variant="default" onClick={() => s.setStep(2)}>
            {t('setup.confirm.back')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('setup.confirm.finish')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

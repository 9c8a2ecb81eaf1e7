import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { acceptOrShow } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useSetupStore } from './setup-store';
import { validateOrganisation } from './validate';

export function OrganisationStep() {
  const t = useT();
  const s = useSetupStore();

  const next = (e: FormEvent) => {
    e.preventDefault();
    if (acceptOrShow(validateOrganisation(t, useSetupStore.getState()), s.setErrors)) s.setStep(1);
  };

  const example = `${s.siteCode.trim() || 'KGL'}-${new Date().getFullYear()}-0042`;

  return (
    <form onSubmit={next} noValidate>
      <Stack gap="md">
        <Text>{t('setup.organisation.intro')}</Text>
        <TextInput
          label={t('setup.organisation.name')}
          description={t('setup.organisation.nameHelp')}
          value={s.organisationName}
          onChange={(e) => s.setValue('organisationName', e.currentTarget.value)}
          error={s.errors.organisationName}
          required
          autoFocus
          autoComplete="organization"
        />
        <TextInput
          label={t('setup.organisation.siteCode')}
          description={t('setup.organisation.siteCodeHelp', { example })}
          value={s.siteCode}
          onChange={(e) => s.setValue('siteCode', e.currentTarget.value.toUpperCase())}
          error={s.errors.siteCode}
          required
          maxLength={6}
          autoComplete="off"
          styles={{ wrapper: { maxWidth: 220 }, input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.1em' } }}
        />
        <Group justify="flex-end">
          <Button type="submit">{t('common.next')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

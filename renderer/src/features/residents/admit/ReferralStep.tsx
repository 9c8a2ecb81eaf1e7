import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { enumOptions } from '../fields/enum-options';
import { errorAt, type StepProps } from './step-props';

/** Who referred her or him (Isange, RIB, a health centre, a village leader …). */
export function ReferralStep({ values, set, errors }: StepProps) {
  const t = useT();
  return (
    <Stack gap="md">
      <Select
        label={t('admit.fields.sourceType')}
        placeholder={t('admit.placeholders.choose')}
        data={enumOptions(t, 'referralSourceType')}
        value={values.sourceType || null}
        onChange={(v) => set('sourceType', v ?? '')}
        error={errorAt(errors, 'referral.sourceType')}
        clearable
        maw={420}
        data-autofocus
        autoFocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('admit.fields.organisationName')}
          value={values.organisationName}
          onChange={(e) => set('organisationName', e.currentTarget.value)}
          error={errorAt(errors, 'referral.organisationName')}
          autoComplete="off"
        />
        <TextInput
          label={t('admit.fields.referringOfficer')}
          value={values.referringOfficer}
          onChange={(e) => set('referringOfficer', e.currentTarget.value)}
          error={errorAt(errors, 'referral.referringOfficer')}
          autoComplete="off"
        />
        <TextInput
          type="date"
          label={t('admit.fields.referredOn')}
          value={values.referredOn}
          onChange={(e) => set('referredOn', e.currentTarget.value)}
          error={errorAt(errors, 'referral.referredOn')}
        />
        <TextInput
          label={t('admit.fields.caseReference')}
          value={values.caseReference}
          onChange={(e) => set('caseReference', e.currentTarget.value)}
          error={errorAt(errors, 'referral.caseReference')}
          autoComplete="off"
          spellCheck={false}
        />
      </SimpleGrid>
    </Stack>
  );
}

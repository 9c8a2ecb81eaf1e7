import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../../forms/field-errors';
import { useT } from '../../../i18n/useT';
import { errorAt } from '../admit/step-props';
import { enumOptions } from './enum-options';
import { DateField } from '../../../components/DateField';

export interface ReferralValues {
  sourceType: string;
  organisationName: string;
  referringOfficer: string;
  referredOn: string;
  caseReference: string;
}

interface Props {
  values: ReferralValues;
  set: (key: keyof ReferralValues, value: string) => void;
  /** Keyed by core's paths (`referral.sourceType` …). */
  errors: FieldErrors;
}

/** Who referred her or him: the admission wizard's step and the file's referral dialog alike. */
export function ReferralFields({ values, set, errors }: Props) {
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
        <DateField
          label={t('admit.fields.referredOn')}
          value={values.referredOn}
          onChange={(v) => set('referredOn', v)}
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

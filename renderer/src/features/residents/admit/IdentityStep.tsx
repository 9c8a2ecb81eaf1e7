import { MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { useCountryOptions } from '../fields/country-options';
import { enumOptions } from '../fields/enum-options';
import { errorAt, type StepProps } from './step-props';
import { DateField } from '../../../components/DateField';

/** Everything about the person that may be unknown on the first night. */
export function IdentityStep({ values, set, errors }: StepProps) {
  const t = useT();
  const countries = useCountryOptions();
  const choose = t('admit.placeholders.choose');
  const select = (key: 'sex' | 'genderIdentity' | 'maritalStatus' | 'educationLevel', path: string, autoFocus = false) => (
    <Select
      // The wizard's own label for sex has a Kinyarwanda translation the shared one lacks.
      label={t(key === 'sex' ? 'admit.fields.sex' : `residentFields.${key}`)}
      placeholder={choose}
      data={enumOptions(t, key)}
      value={values[key] || null}
      onChange={(v) => set(key, v ?? '')}
      error={errorAt(errors, path)}
      clearable
      data-autofocus={autoFocus || undefined}
      autoFocus={autoFocus}
    />
  );

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {select('sex', 'identity.sex', true)}
        {select('genderIdentity', 'identity.genderIdentity')}
        <DateField
          label={t('residentFields.dateOfBirth')}
          value={values.dateOfBirth}
          onChange={(v) => set('dateOfBirth', v)}
          error={errorAt(errors, 'identity.dateOfBirth')}
        />
        <TextInput
          label={t('admit.fields.estimatedAgeYears')}
          description={t('admit.fields.estimatedAgeHelp')}
          value={values.estimatedAgeYears}
          onChange={(e) => set('estimatedAgeYears', e.currentTarget.value.replace(/[^0-9]/g, '').slice(0, 3))}
          error={errorAt(errors, 'identity.estimatedAgeYears')}
          inputMode="numeric"
          autoComplete="off"
        />
        <MultiSelect
          label={t('residentFields.nationalities')}
          placeholder={values.nationalities.length ? undefined : t('admit.placeholders.search')}
          data={countries}
          value={values.nationalities}
          onChange={(v) => set('nationalities', v.slice(0, 4))}
          error={errorAt(errors, 'identity.nationalities')}
          searchable
          maxDropdownHeight={260}
          maxValues={4}
        />
        <MultiSelect
          label={t('admit.fields.languages')}
          placeholder={values.languages.length ? undefined : t('admit.placeholders.search')}
          data={enumOptions(t, 'language')}
          value={values.languages}
          onChange={(v) => set('languages', v)}
          error={errorAt(errors, 'identity.languages')}
          searchable
        />
        <TextInput
          label={t('admit.fields.phone')}
          value={values.phone}
          onChange={(e) => set('phone', e.currentTarget.value)}
          error={errorAt(errors, 'identity.phone')}
          inputMode="tel"
          autoComplete="off"
        />
        <div />
        <Select
          label={t('residentFields.idType')}
          placeholder={choose}
          data={enumOptions(t, 'idDocumentType')}
          value={values.idType || null}
          onChange={(v) => set('idType', v ?? '')}
          error={errorAt(errors, 'identity.idDocument.type')}
          clearable
        />
        <TextInput
          label={t('residentFields.idNumber')}
          value={values.idNumber}
          onChange={(e) => set('idNumber', e.currentTarget.value)}
          error={errorAt(errors, 'identity.idDocument.number')}
          autoComplete="off"
          spellCheck={false}
        />
        {select('maritalStatus', 'identity.maritalStatus')}
        {select('educationLevel', 'identity.educationLevel')}
        <TextInput
          label={t('residentFields.numberOfChildren')}
          value={values.numberOfChildren}
          onChange={(e) => set('numberOfChildren', e.currentTarget.value.replace(/[^0-9]/g, '').slice(0, 2))}
          error={errorAt(errors, 'identity.numberOfChildren')}
          inputMode="numeric"
          autoComplete="off"
        />
      </SimpleGrid>
      <Textarea
        label={t('residentFields.healthNotes')}
        description={t('admit.fields.healthNotesHelp')}
        value={values.healthNotes}
        onChange={(e) => set('healthNotes', e.currentTarget.value)}
        error={errorAt(errors, 'identity.healthNotes')}
        autosize
        minRows={2}
        maxRows={8}
      />
    </Stack>
  );
}

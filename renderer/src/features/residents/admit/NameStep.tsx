import { Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { errorAt, type StepProps } from './step-props';
import { DateField } from '../../../components/DateField';

/** The only step that matters at 2 a.m.: who (a name or an alias is enough) and since when. */
export function NameStep({ values, set, errors }: StepProps) {
  const t = useT();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('residentFields.givenNames')}
          value={values.givenNames}
          onChange={(e) => set('givenNames', e.currentTarget.value)}
          error={errorAt(errors, 'identity.givenNames')}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          autoFocus
        />
        <TextInput
          label={t('residentFields.familyName')}
          value={values.familyName}
          onChange={(e) => set('familyName', e.currentTarget.value)}
          error={errorAt(errors, 'identity.familyName')}
          autoComplete="off"
          spellCheck={false}
        />
      </SimpleGrid>
      <TextInput
        label={t('residentFields.otherNames')}
        description={t('admit.fields.otherNamesHelp')}
        value={values.otherNames}
        onChange={(e) => set('otherNames', e.currentTarget.value)}
        error={errorAt(errors, 'identity.otherNames')}
        autoComplete="off"
        spellCheck={false}
      />
      <Group>
        <DateField
          label={t('admit.fields.admittedOn')}
          description={t('admit.fields.admittedOnHelp')}
          value={values.admittedOn}
          onChange={(v) => set('admittedOn', v)}
          error={errorAt(errors, 'admittedOn')}
          required
        />
      </Group>
    </Stack>
  );
}

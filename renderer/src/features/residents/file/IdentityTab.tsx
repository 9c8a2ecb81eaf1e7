import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { residentUpdateSchema, type ResidentFile } from '../../../../../shared/domain/resident';
import { issuesToFieldErrors } from '../../../../../shared/validation';
import { call } from '../../../api/client';
import { FormSection, RestoredDraftNotice, SaveBar } from './FormParts';
import { toFieldErrors, type FieldErrors } from '../../../forms/field-errors';
import { useT, type TFunction } from '../../../i18n/useT';
import { useCanOnFile } from './useCanOnFile';
import { useCountryOptions } from '../fields/country-options';
import { enumOptions } from '../fields/enum-options';
import { OriginFields } from '../fields/OriginFields';
import type { OriginValues } from '../fields/origin-values';
import { useResidentFileStore } from './file-store';
import { useEditForm } from './useEditForm';
import { IdentityView } from './IdentityView';
import { identityPath, identityUpdateFrom, identityValuesFrom, identityValuesFromDraft, type IdentityFormValues } from './identity-form';
import { DateField } from '../../../components/DateField';

export const identityDraftKey = (id: string) => `residentFile.identity.${id}`;

/** Editors get the form; everyone else who may open the file reads the same facts. */
export function IdentityTab({ file }: { file: ResidentFile }) {
  const canEdit = useCanOnFile('residents.update');
  // A saved file starts the form again from what core stored (and from a fresh draft state).
  return canEdit ? <IdentityForm key={file.updatedAt} file={file} /> : <IdentityView file={file} />;
}

function localCheck(t: TFunction, input: unknown): FieldErrors {
  const r = residentUpdateSchema.safeParse(input);
  return r.success ? {} : toFieldErrors(t, issuesToFieldErrors(r.error.issues));
}

function IdentityForm({ file }: { file: ResidentFile }) {
  const t = useT();
  const saved = useMemo(() => identityValuesFrom(file), [file]);
  const edit = useEditForm(identityDraftKey(file.id), saved, identityValuesFromDraft);
  const { values, setValues, form, draft, startOver } = edit;
  const countries = useCountryOptions();
  const err = (field: string) => form.errors[identityPath(field)];

  const set = <K extends keyof IdentityFormValues & string>(key: K, value: IdentityFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(identityPath(key));
    // The name rule is reported on given names but any of the three fields satisfies it.
    if (key === 'familyName' || key === 'otherNames') form.clearFieldError('identity.givenNames');
  };
  const setOrigin = (changes: Partial<OriginValues>) => {
    setValues((v) => ({ ...v, origin: { ...v.origin, ...changes } }));
    for (const k of Object.keys(changes)) form.clearFieldError(`origin.${k}`);
  };

  const send = async () => {
    const next = await call('residents.update', identityUpdateFrom(file.id, values));
    await draft.discard();
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('residentFile.identity.saved') });
    useResidentFileStore.getState().replace(next);
  };

  const originErrors = Object.fromEntries(
    Object.entries(form.errors)
      .filter(([path]) => path.startsWith('origin.'))
      .map(([path, message]) => [path.slice('origin.'.length), message]),
  );

  return (
    <form onSubmit={form.onSubmit(() => localCheck(t, identityUpdateFrom(file.id, values)), send)} noValidate>
      <Stack gap="md" maw={960}>
        <RestoredDraftNotice draft={draft} onStartOver={startOver} />
        <FormSection title={t('residentFile.identity.sections.names')}>
          <Text size="sm" c="dimmed">
            {t('residentFile.identity.namesHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('residentFields.givenNames')}
              value={values.givenNames}
              onChange={(e) => set('givenNames', e.currentTarget.value)}
              error={err('givenNames')}
              maxLength={80}
              autoComplete="off"
            />
            <TextInput
              label={t('residentFields.familyName')}
              value={values.familyName}
              onChange={(e) => set('familyName', e.currentTarget.value)}
              error={err('familyName')}
              maxLength={80}
              autoComplete="off"
            />
          </SimpleGrid>
          <TagsInput
            label={t('residentFields.otherNames')}
            description={t('residentFields.otherNamesHelp')}
            value={values.otherNames}
            onChange={(v) => set('otherNames', v)}
            error={err('otherNames')}
            maxTags={10}
          />
        </FormSection>

        <FormSection title={t('residentFile.identity.sections.person')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('residentFields.sex')}
              data={enumOptions(t, 'sex')}
              value={values.sex || null}
              onChange={(v) => set('sex', v ?? '')}
              error={err('sex')}
              clearable
              placeholder={t('residentFields.notKnown')}
            />
            <Select
              label={t('residentFields.genderIdentity')}
              data={enumOptions(t, 'genderIdentity')}
              value={values.genderIdentity || null}
              onChange={(v) => set('genderIdentity', v ?? '')}
              error={err('genderIdentity')}
              clearable
              placeholder={t('residentFields.notKnown')}
            />
            <DateField
              label={t('residentFields.dateOfBirth')}
              description={t('residentFields.dateOfBirthHelp')}
              value={values.dateOfBirth}
              onChange={(v) => set('dateOfBirth', v)}
              error={err('dateOfBirth')}
            />
            <NumberInput
              label={t('residentFields.estimatedAge')}
              description={t('residentFields.estimatedAgeHelp')}
              value={values.estimatedAgeYears}
              onChange={(v) => set('estimatedAgeYears', typeof v === 'number' ? v : '')}
              error={err('estimatedAgeYears')}
              min={0}
              max={110}
              allowDecimal={false}
              clampBehavior="none"
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('residentFile.identity.sections.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('residentFields.phone')}
              value={values.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              error={err('phone')}
              type="tel"
              maxLength={32}
              autoComplete="off"
            />
            <div />
            <Select
              label={t('residentFields.idType')}
              data={enumOptions(t, 'idDocumentType')}
              value={values.idType || null}
              onChange={(v) => set('idType', v ?? '')}
              error={err('idType')}
              clearable
              placeholder={t('residentFields.notKnown')}
            />
            <TextInput
              label={t('residentFields.idNumber')}
              value={values.idNumber}
              onChange={(e) => set('idNumber', e.currentTarget.value)}
              error={err('idNumber')}
              maxLength={40}
              autoComplete="off"
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('residentFile.identity.sections.background')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('residentFields.nationalities')}
              data={countries}
              value={values.nationalities}
              onChange={(v) => set('nationalities', v)}
              error={err('nationalities')}
              searchable
              maxValues={4}
              nothingFoundMessage={t('residentFields.noCountry')}
            />
            <MultiSelect
              label={t('residentFields.languages')}
              data={enumOptions(t, 'language')}
              value={values.languages}
              onChange={(v) => set('languages', v)}
              error={err('languages')}
              searchable
            />
            <Select
              label={t('residentFields.maritalStatus')}
              data={enumOptions(t, 'maritalStatus')}
              value={values.maritalStatus || null}
              onChange={(v) => set('maritalStatus', v ?? '')}
              error={err('maritalStatus')}
              clearable
              placeholder={t('residentFields.notKnown')}
            />
            <Select
              label={t('residentFields.educationLevel')}
              data={enumOptions(t, 'educationLevel')}
              value={values.educationLevel || null}
              onChange={(v) => set('educationLevel', v ?? '')}
              error={err('educationLevel')}
              clearable
              placeholder={t('residentFields.notKnown')}
            />
            <NumberInput
              label={t('residentFields.numberOfChildren')}
              value={values.numberOfChildren}
              onChange={(v) => set('numberOfChildren', typeof v === 'number' ? v : '')}
              error={err('numberOfChildren')}
              min={0}
              max={30}
              allowDecimal={false}
              clampBehavior="none"
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('residentFile.identity.sections.origin')}>
          <OriginFields value={values.origin} onChange={setOrigin} errors={originErrors} />
        </FormSection>

        <FormSection title={t('residentFile.identity.sections.health')}>
          <Textarea
            label={t('residentFields.healthNotes')}
            description={t('residentFields.healthNotesHelp')}
            value={values.healthNotes}
            onChange={(e) => set('healthNotes', e.currentTarget.value)}
            error={err('healthNotes')}
            autosize
            minRows={3}
            maxLength={4000}
          />
        </FormSection>

        <SaveBar edit={edit} saveLabel={t('residentFile.identity.save')} />
      </Stack>
    </form>
  );
}

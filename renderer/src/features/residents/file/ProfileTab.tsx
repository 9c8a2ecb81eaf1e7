import { Alert, Checkbox, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { traffickingProfileSchema, type ProfileView } from '../../../../../shared/domain/resident-profile';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import { EXPLOITATION_TYPES, MEANS_OF_CONTROL, TRAFFICKING_ENUMS } from '../../../../../shared/enums/trafficking';
import type { MessageKey } from '../../../../../shared/i18n/translate';
import { issuesToFieldErrors } from '../../../../../shared/validation';
import { call } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { FormSection, RestoredDraftNotice, SaveBar } from './FormParts';
import { toFieldErrors, type FieldErrors } from '../../../forms/field-errors';
import { useFormatDate, useFormatDateTime } from '../../../i18n/format';
import { useT, type TFunction } from '../../../i18n/useT';
import { useCanOnFile } from './useCanOnFile';
import { useCountryName } from '../fields/country-options';
import { ExploitationCountries } from './ExploitationCountries';
import { FactList } from './FactList';
import { profileInputFrom, profileValuesFrom, profileValuesFromDraft, type ProfileFormValues } from './profile-form';
import { useChannelData } from './useChannelData';
import { useEditForm } from './useEditForm';
import { DateField } from '../../../components/DateField';

type EnumName = keyof typeof TRAFFICKING_ENUMS;

const label = (t: TFunction, name: EnumName, id: string) => t(`trafficking.${name}.${id}` as MessageKey);
const options = (t: TFunction, name: EnumName) => TRAFFICKING_ENUMS[name].map((id) => ({ value: id, label: label(t, name, id) }));

export const profileDraftKey = (id: string) => `residentFile.profile.${id}`;

/** HTCDS/CTDC-aligned account of what happened; filled in over weeks, as she is ready to tell. */
export function ProfileTab({ file }: { file: ResidentFile }) {
  const t = useT();
  const canEdit = useCanOnFile('residents.profile.save');
  const loaded = useChannelData('residents.profile.get', { residentId: file.id });
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  if (!loaded.data) return <PageLoader />;
  const view = loaded.data;
  return (
    <Stack gap="md" maw={960}>
      <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
        {t('residentFile.profile.restricted')}
      </Alert>
      {canEdit ? <ProfileForm key={view.updatedAt ?? 'new'} view={view} onSaved={loaded.set} /> : <ProfileReadOnly view={view} />}
    </Stack>
  );
}

function localCheck(t: TFunction, v: ProfileFormValues): FieldErrors {
  const r = traffickingProfileSchema.safeParse(profileInputFrom(v));
  // Core names profile fields under `profile.`; the form keys its messages the same way.
  return r.success ? {} : prefixed(toFieldErrors(t, issuesToFieldErrors(r.error.issues)));
}

function prefixed(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, m]) => [k.startsWith('profile.') ? k : `profile.${k}`, m]));
}

function ProfileForm({ view, onSaved }: { view: ProfileView; onSaved: (v: ProfileView) => void }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const saved = useMemo(() => profileValuesFrom(view.profile), [view]);
  const edit = useEditForm(profileDraftKey(view.residentId), saved, profileValuesFromDraft);
  const { values, setValues, form, draft, startOver } = edit;
  const err = (field: keyof ProfileFormValues & string) => form.errors[`profile.${field}`];

  const patch = (changes: Partial<ProfileFormValues>) => {
    setValues((v) => ({ ...v, ...changes }));
    for (const k of Object.keys(changes)) form.clearFieldError(`profile.${k}`);
    // The dependent lists are checked against the exploitation types and the countries.
    if ('exploitationTypes' in changes) ['labourSectors', 'sexualExploitationTypes'].forEach((k) => form.clearFieldError(`profile.${k}`));
    if ('exploitationCountries' in changes) form.clearFieldError('profile.internalMovement');
  };

  const send = async () => {
    const next = await call('residents.profile.save', { residentId: view.residentId, profile: profileInputFrom(values) });
    await draft.discard();
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('residentFile.profile.saved') });
    onSaved(next);
  };

  const showLabour = values.exploitationTypes.includes('forced_labour') || values.labourSectors.length > 0;
  const showSexual = values.exploitationTypes.includes('sexual_exploitation') || values.sexualExploitationTypes.length > 0;
  const showInternal = values.exploitationCountries.includes('RW') || values.internalMovement !== '';

  return (
    <form onSubmit={form.onSubmit(() => localCheck(t, values), send)} noValidate>
      <Stack gap="md">
        <RestoredDraftNotice draft={draft} onStartOver={startOver} />
        {view.updatedAt && (
          <Text size="sm" c="dimmed">
            {t('residentFile.profile.lastSaved', { time: formatDateTime(view.updatedAt), name: view.updatedByName ?? '—' })}
          </Text>
        )}

        <FormSection title={t('residentFile.profile.sections.status')}>
          <Select
            label={t('trafficking.fields.status')}
            data={options(t, 'status')}
            value={values.status || null}
            onChange={(v) => patch({ status: v ?? '' })}
            error={err('status')}
            clearable
            placeholder={t('residentFields.notKnown')}
            maw={420}
          />
        </FormSection>

        <FormSection title={t('residentFile.profile.sections.exploitation')} help={t('residentFile.profile.tickAll')}>
          <Checkbox.Group
            label={t('trafficking.fields.exploitationTypes')}
            value={values.exploitationTypes}
            onChange={(v) => patch({ exploitationTypes: v })}
            error={err('exploitationTypes')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt="xs" spacing="xs">
              {EXPLOITATION_TYPES.map((id) => (
                <Checkbox key={id} value={id} label={label(t, 'exploitationType', id)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {showLabour && (
            <MultiSelect
              label={t('trafficking.fields.labourSectors')}
              data={options(t, 'labourSector')}
              value={values.labourSectors}
              onChange={(v) => patch({ labourSectors: v })}
              error={err('labourSectors')}
              searchable
            />
          )}
          {showSexual && (
            <MultiSelect
              label={t('trafficking.fields.sexualExploitationTypes')}
              data={options(t, 'sexualExploitationType')}
              value={values.sexualExploitationTypes}
              onChange={(v) => patch({ sexualExploitationTypes: v })}
              error={err('sexualExploitationTypes')}
            />
          )}
        </FormSection>

        <FormSection title={t('residentFile.profile.sections.control')} help={t('residentFile.profile.tickAll')}>
          <Checkbox.Group
            label={t('trafficking.fields.meansOfControl')}
            value={values.meansOfControl}
            onChange={(v) => patch({ meansOfControl: v })}
            error={err('meansOfControl')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt="xs" spacing="xs">
              {MEANS_OF_CONTROL.map((id) => (
                <Checkbox key={id} value={id} label={label(t, 'meansOfControl', id)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </FormSection>

        <FormSection title={t('residentFile.profile.sections.recruitment')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label={t('trafficking.fields.recruitmentMethods')}
              data={options(t, 'recruitmentMethod')}
              value={values.recruitmentMethods}
              onChange={(v) => patch({ recruitmentMethods: v })}
              error={err('recruitmentMethods')}
              searchable
            />
            <MultiSelect
              label={t('trafficking.fields.recruiterRelationships')}
              data={options(t, 'recruiterRelationship')}
              value={values.recruiterRelationships}
              onChange={(v) => patch({ recruiterRelationships: v })}
              error={err('recruiterRelationships')}
              searchable
            />
            <Select
              label={t('trafficking.fields.employmentAtRecruitment')}
              data={options(t, 'employmentStatus')}
              value={values.employmentAtRecruitment || null}
              onChange={(v) => patch({ employmentAtRecruitment: v ?? '' })}
              error={err('employmentAtRecruitment')}
              clearable
              placeholder={t('residentFields.notKnown')}
            />
            <div />
            <DateField
              label={t('trafficking.fields.recruitedOn')}
              value={values.recruitedOn}
              onChange={(v) => patch({ recruitedOn: v })}
              error={err('recruitedOn')}
            />
            <DateField
              label={t('trafficking.fields.exitedOn')}
              value={values.exitedOn}
              onChange={(v) => patch({ exitedOn: v })}
              error={err('exitedOn')}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('residentFile.profile.sections.where')}>
          <ExploitationCountries
            label={t('trafficking.fields.exploitationCountries')}
            value={values.exploitationCountries}
            onChange={(v) => patch({ exploitationCountries: v })}
            error={err('exploitationCountries')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {showInternal && (
              <Select
                label={t('trafficking.fields.internalMovement')}
                data={options(t, 'internalMovement')}
                value={values.internalMovement || null}
                onChange={(v) => patch({ internalMovement: v ?? '' })}
                error={err('internalMovement')}
                clearable
                placeholder={t('residentFields.notKnown')}
              />
            )}
            <TextInput
              label={t('trafficking.fields.exploitationPlace')}
              value={values.exploitationPlace}
              onChange={(e) => patch({ exploitationPlace: e.currentTarget.value })}
              error={err('exploitationPlace')}
              maxLength={200}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('residentFile.profile.sections.account')}>
          <Textarea
            label={t('trafficking.fields.notes')}
            description={t('residentFile.profile.notesHelp')}
            value={values.notes}
            onChange={(e) => patch({ notes: e.currentTarget.value })}
            error={err('notes')}
            autosize
            minRows={4}
            maxLength={8000}
          />
        </FormSection>

        <SaveBar edit={edit} saveLabel={t('residentFile.profile.save')} />
      </Stack>
    </form>
  );
}

function ProfileReadOnly({ view }: { view: ProfileView }) {
  const t = useT();
  const formatDate = useFormatDate();
  const formatDateTime = useFormatDateTime();
  const countryName = useCountryName();
  const p = view.profile;
  if (!p) {
    return (
      <Text c="dimmed" fs="italic">
        {t('residentFile.profile.none')}
      </Text>
    );
  }
  const list = (name: EnumName, ids: readonly string[]) => ids.map((id) => label(t, name, id)).join(', ');
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        {view.updatedAt && (
          <Text size="sm" c="dimmed">
            {t('residentFile.profile.lastSaved', { time: formatDateTime(view.updatedAt), name: view.updatedByName ?? '—' })}
          </Text>
        )}
        <FactList
          facts={[
            { label: t('trafficking.fields.status'), value: p.status && label(t, 'status', p.status) },
            { label: t('trafficking.fields.exploitationTypes'), value: list('exploitationType', p.exploitationTypes) },
            { label: t('trafficking.fields.labourSectors'), value: list('labourSector', p.labourSectors) },
            {
              label: t('trafficking.fields.sexualExploitationTypes'),
              value: list('sexualExploitationType', p.sexualExploitationTypes),
            },
            { label: t('trafficking.fields.meansOfControl'), value: list('meansOfControl', p.meansOfControl) },
            { label: t('trafficking.fields.recruitmentMethods'), value: list('recruitmentMethod', p.recruitmentMethods) },
            {
              label: t('trafficking.fields.recruiterRelationships'),
              value: list('recruiterRelationship', p.recruiterRelationships),
            },
            {
              label: t('trafficking.fields.employmentAtRecruitment'),
              value: p.employmentAtRecruitment && label(t, 'employmentStatus', p.employmentAtRecruitment),
            },
            { label: t('trafficking.fields.recruitedOn'), value: p.recruitedOn && formatDate(p.recruitedOn) },
            { label: t('trafficking.fields.exitedOn'), value: p.exitedOn && formatDate(p.exitedOn) },
            { label: t('trafficking.fields.exploitationCountries'), value: p.exploitationCountries.map(countryName).join(', ') },
            {
              label: t('trafficking.fields.internalMovement'),
              value: p.internalMovement && label(t, 'internalMovement', p.internalMovement),
            },
            { label: t('trafficking.fields.exploitationPlace'), value: p.exploitationPlace },
          ]}
        />
        <FactList cols={1} facts={[{ label: t('trafficking.fields.notes'), value: p.notes }]} />
      </Stack>
    </Paper>
  );
}

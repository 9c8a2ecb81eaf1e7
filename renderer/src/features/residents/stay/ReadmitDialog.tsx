import { Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ResidentFile } from '../../../../../shared/domain/resident';
import { readmissionSchema, type Readmission } from '../../../../../shared/domain/resident-stays';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSubmission } from '../../../forms/useSubmission';
import { useT } from '../../../i18n/useT';
import { enumOptions } from '../fields/enum-options';
import { schemaErrors } from '../admit/schema-errors';
import { useShelterToday } from '../admit/today';
import { BedSelect } from './BedSelect';
import type { StayResident } from './stay-resident';
import { DateField } from '../../../components/DateField';

interface Props {
  resident: StayResident;
  onClose: () => void;
  /** Gets the file as core returns it after the readmission. */
  onDone: (file: ResidentFile) => void;
}

/** A new stay for someone who left: same code and file, earlier stays kept; referral and bed optional. */
export function ReadmitDialog({ resident, onClose, onDone }: Props) {
  const t = useT();
  const [values, setValues] = useState({ admittedOn: useShelterToday(), sourceType: '', organisationName: '', bedId: '' });
  const form = useSubmission();

  const set = (key: keyof typeof values, value: string, path: string = key) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(path);
  };

  const referralGiven = values.sourceType !== '' || values.organisationName.trim() !== '';
  const input = () => ({
    residentId: resident.id,
    admittedOn: values.admittedOn,
    referral: referralGiven
      ? {
          sourceType: (values.sourceType || undefined) as NonNullable<Readmission['referral']>['sourceType'],
          organisationName: values.organisationName,
        }
      : undefined,
    bedId: values.bedId || undefined,
  });

  const send = async () => {
    const file = await call('residents.readmit', input());
    notifications.show({ color: 'green', message: t('stay.readmit.done', { name: file.displayName }) });
    onDone(file);
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('stay.readmit.title', { name: resident.displayName })} size="lg">
      <form onSubmit={form.onSubmit(() => schemaErrors(t, readmissionSchema, input()), send)} noValidate>
        <Stack gap="md">
          <Text>{t('stay.readmit.intro', { code: resident.code })}</Text>
          <DateField
            label={t('stay.readmit.admittedOn')}
            value={values.admittedOn}
            onChange={(v) => set('admittedOn', v)}
            error={form.errors.admittedOn}
            required
            data-autofocus
          />
          <Text size="sm" c="dimmed" mb={-8}>
            {t('stay.readmit.sourceHelp')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('stay.readmit.sourceType')}
              placeholder={t('admit.placeholders.choose')}
              data={enumOptions(t, 'referralSourceType')}
              value={values.sourceType || null}
              onChange={(v) => set('sourceType', v ?? '', 'referral.sourceType')}
              error={form.errors['referral.sourceType']}
              clearable
            />
            <TextInput
              label={t('stay.readmit.organisationName')}
              value={values.organisationName}
              onChange={(e) => set('organisationName', e.currentTarget.value, 'referral.organisationName')}
              error={form.errors['referral.organisationName']}
              autoComplete="off"
            />
          </SimpleGrid>
          <BedSelect value={values.bedId} onChange={(v) => set('bedId', v)} error={form.errors.bedId} label={t('stay.readmit.bed')} />
          <ErrorAlert error={form.error} message={form.errors.residentId} />
          <DialogFormActions error={null} busy={form.busy} submitLabel={t('stay.readmit.submit')} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

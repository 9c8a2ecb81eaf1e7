import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { referralInSaveSchema, type ReferralIn, type ResidentFile } from '../../../../../shared/domain/resident';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { useSubmission } from '../../../forms/useSubmission';
import { useT } from '../../../i18n/useT';
import { schemaErrors } from '../admit/schema-errors';
import { ReferralFields, type ReferralValues } from '../fields/ReferralFields';
import { useResidentFileStore } from './file-store';

interface Props {
  file: ResidentFile;
  stayId: string;
  stayNumber: number;
  current: ReferralIn | undefined;
  onClose: () => void;
}

const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s);

/** Adds or corrects who referred her for one stay: often only known days after a night admission. */
export function ReferralInDialog({ file, stayId, stayNumber, current, onClose }: Props) {
  const t = useT();
  const form = useSubmission();
  const [values, setValues] = useState<ReferralValues>({
    sourceType: current?.sourceType ?? '',
    organisationName: current?.organisationName ?? '',
    referringOfficer: current?.referringOfficer ?? '',
    referredOn: current?.referredOn ?? '',
    caseReference: current?.caseReference ?? '',
  });
  const set = (key: keyof ReferralValues, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(`referral.${key}`);
  };
  const input = () => ({
    residentId: file.id,
    stayId,
    referral: {
      sourceType: (values.sourceType || undefined) as ReferralIn['sourceType'],
      organisationName: blankToUndefined(values.organisationName),
      referringOfficer: blankToUndefined(values.referringOfficer),
      referredOn: blankToUndefined(values.referredOn),
      caseReference: blankToUndefined(values.caseReference),
    },
  });
  const send = async () => {
    const next = await call('residents.referralIn.save', input());
    useResidentFileStore.getState().replace(next);
    notifications.show({ color: 'green', message: t('residentFile.referral.saved') });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('residentFile.referral.dialogTitle', { n: stayNumber })} size="lg">
      <form onSubmit={form.onSubmit(() => schemaErrors(t, referralInSaveSchema, input()), send)} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('residentFile.referral.dialogIntro')}
          </Text>
          <ReferralFields values={values} set={set} errors={form.errors} />
          <DialogFormActions error={form.error} busy={form.busy} onCancel={onClose} submitLabel={t('residentFile.referral.save')} />
        </Stack>
      </form>
    </Modal>
  );
}

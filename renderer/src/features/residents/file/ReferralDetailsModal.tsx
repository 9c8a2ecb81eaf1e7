import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReferralOut } from '../../../../../shared/domain/resident-referrals-out';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { useSubmission } from '../../../forms/useSubmission';
import { useT } from '../../../i18n/useT';
import { ReferralTextFields, type ReferralTextField } from './ReferralTextFields';

/**
 * Corrects a referral out's reason and notes. Both are sent every time: core reads an empty
 * one as "clear it" (stored as null), so emptying a field and saving is how it is removed.
 */
export function ReferralDetailsModal({
  referral,
  organisation,
  onClose,
  onSaved,
}: {
  referral: ReferralOut | null;
  organisation: string;
  onClose: () => void;
  onSaved: (updated: ReferralOut) => void;
}) {
  const t = useT();
  const [values, setValues] = useState({ reason: '', notes: '' });
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  const form = useSubmission();

  // A fresh form each time the dialog opens on a referral.
  if (referral && openedFor !== referral.id) {
    setOpenedFor(referral.id);
    setValues({ reason: referral.reason ?? '', notes: referral.notes ?? '' });
    form.reset();
  }

  const close = () => {
    setOpenedFor(null);
    onClose();
  };

  const send = async () => {
    if (!referral) return;
    const updated = await call('residents.referralsOut.update', { id: referral.id, reason: values.reason, notes: values.notes });
    notifications.show({ color: 'green', icon: <IconCheck size={18} />, message: t('referralDetails.saved') });
    setOpenedFor(null);
    onSaved(updated);
  };

  const set = (field: ReferralTextField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    form.clearFieldError(field);
  };

  return (
    <Modal opened={referral !== null} onClose={close} title={t('referralDetails.title')}>
      <form onSubmit={form.onSubmit(() => ({}), send)} noValidate>
        <Stack gap="md">
          <Text fw={500}>{organisation}</Text>
          <Text size="sm" c="dimmed">
            {t('referralDetails.emptyClears')}
          </Text>
          <ReferralTextFields values={values} errors={form.errors} onChange={set} autoFocus />
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('referralDetails.save')} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}

import { Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { bedAssignSchema, type BedHistoryEntry } from '../../../../../shared/domain/resident-beds';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { validateWith } from '../../../forms/field-errors';
import { useSubmission } from '../../../forms/useSubmission';
import { useFormatDate } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { useShelterToday } from '../admit/today';
import { BedFromDate } from './BedFromDate';
import { BedSelect, bedName } from './BedSelect';
import type { StayResident } from './stay-resident';

interface Props {
  resident: StayResident;
  onClose: () => void;
  /** Gets the resident's bed history, newest first, once core has moved her or him. */
  onDone: (beds: BedHistoryEntry[]) => void;
}

/** Puts a resident in a free bed, or moves her or him; the old bed is closed on the same date. */
export function AssignBedDialog({ resident, onClose, onDone }: Props) {
  const t = useT();
  const formatDate = useFormatDate();
  const [values, setValues] = useState({ bedId: '', from: useShelterToday() });
  const form = useSubmission();
  const current = resident.beds?.find((b) => b.to === null);

  const set = (key: 'bedId' | 'from', value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(key);
  };

  const send = async () => {
    const beds = await call('residents.assignBed', { residentId: resident.id, ...values });
    const now = beds.find((b) => b.to === null);
    notifications.show({
      color: 'green',
      message: t('stay.assign.done', { name: resident.displayName, bed: now ? bedName(now.roomName, now.bedLabel) : '' }),
    });
    onDone(beds);
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('stay.assign.title', { name: resident.displayName })} size="lg">
      <form onSubmit={form.onSubmit(() => validateWith(t, bedAssignSchema, { residentId: resident.id, ...values }), send)} noValidate>
        <Stack gap="md">
          {current && (
            <Text>{t('stay.assign.current', { bed: bedName(current.roomName, current.bedLabel), date: formatDate(current.from) })}</Text>
          )}
          <BedSelect
            value={values.bedId}
            onChange={(v) => set('bedId', v)}
            error={form.errors.bedId}
            label={t('stay.assign.bed')}
            required
            autoFocus
          />
          <BedFromDate label={t('stay.assign.from')} value={values.from} onChange={(v) => set('from', v)} error={form.errors.from} />
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('stay.assign.submit')} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

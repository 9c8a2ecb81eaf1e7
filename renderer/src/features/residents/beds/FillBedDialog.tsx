import { Modal, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { ResidentListItem } from '../../../../../shared/domain/resident';
import { bedAssignSchema, type BedBoard } from '../../../../../shared/domain/resident-beds';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { validateWith } from '../../../forms/field-errors';
import { useSubmission } from '../../../forms/useSubmission';
import { useT } from '../../../i18n/useT';
import { loadForSession } from '../../../stores/session';
import { useShelterToday } from '../admit/today';
import { BedFromDate } from '../stay/BedFromDate';
import { bedName } from '../stay/BedSelect';
import { bedsByResident } from './board-counts';

interface Props {
  board: BedBoard;
  room: { name: string };
  bed: { id: string; label: string };
  onClose: () => void;
  onDone: () => void;
}

/** Everyone in the shelter now; a shelter holds tens of people, so one page is all of them. */
function useAdmittedResidents(): ResidentListItem[] | null {
  const [items, setItems] = useState<ResidentListItem[] | null>(null);
  useEffect(() => {
    let live = true;
    loadForSession(
      () => call('residents.search', { status: 'admitted', sort: 'name', limit: 200 }),
      (r) => {
        if (live) setItems(r.items);
      },
    ).catch(() => {
      if (live) setItems([]);
    });
    return () => {
      live = false;
    };
  }, []);
  return items;
}

/** From the board: a free bed chosen first, then who sleeps in it (moving her or him if she had another). */
export function FillBedDialog({ board, room, bed, onClose, onDone }: Props) {
  const t = useT();
  const residents = useAdmittedResidents();
  const where = bedsByResident(board);
  const [values, setValues] = useState({ residentId: '', from: useShelterToday() });
  const form = useSubmission();

  const data = (residents ?? []).map((r) => {
    const now = where.get(r.id);
    return {
      value: r.id,
      label: `${r.listName} · ${r.code}${now ? ` (${bedName(now.roomName, now.bedLabel)})` : ''}`,
    };
  });

  const set = (key: 'residentId' | 'from', value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    form.clearFieldError(key);
  };

  const send = async () => {
    await call('residents.assignBed', { ...values, bedId: bed.id });
    const name = residents?.find((r) => r.id === values.residentId)?.displayName ?? '';
    notifications.show({ color: 'green', message: t('stay.assign.done', { name, bed: bedName(room.name, bed.label) }) });
    onDone();
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('beds.fill.title', { room: room.name, bed: bed.label })} size="lg">
      <form onSubmit={form.onSubmit(() => validateWith(t, bedAssignSchema, { ...values, bedId: bed.id }), send)} noValidate>
        <Stack gap="md">
          <Select
            label={t('beds.fill.resident')}
            description={t('beds.fill.residentHelp')}
            placeholder={t('admit.placeholders.search')}
            data={data}
            value={values.residentId || null}
            onChange={(v) => set('residentId', v ?? '')}
            error={form.errors.residentId}
            searchable
            required
            nothingFoundMessage={t('beds.fill.noResult')}
            maxDropdownHeight={280}
            data-autofocus
          />
          <BedFromDate label={t('beds.fill.from')} value={values.from} onChange={(v) => set('from', v)} error={form.errors.from} />
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('beds.fill.submit')} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

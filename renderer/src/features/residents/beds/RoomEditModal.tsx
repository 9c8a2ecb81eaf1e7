import { Checkbox, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { BED_VALIDATION, roomEditSchema, type BedBoard } from '../../../../../shared/domain/resident-beds';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { useSubmission } from '../../../forms/useSubmission';
import { useT } from '../../../i18n/useT';
import { schemaErrors } from '../admit/schema-errors';
import { errorAt } from '../admit/step-props';
import { parseBedLabels } from './board-counts';

type Room = BedBoard[number];

/** A manager renames a room, adds beds ("D, E") and removes free ones; an occupied bed cannot be ticked. */
export function RoomEditModal({ room, onClose, onSaved }: { room: Room; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [name, setName] = useState(room.name);
  const [adding, setAdding] = useState('');
  const [removing, setRemoving] = useState<string[]>([]);
  const form = useSubmission();
  const input = () => ({ roomId: room.id, name, addBeds: parseBedLabels(adding), removeBedIds: removing });

  const send = async () => {
    const saved = await call('residents.editRoom', input());
    notifications.show({ color: 'green', message: t('beds.edit.done', { name: saved.name, count: saved.beds.length }) });
    onSaved();
    onClose();
  };
  const toggle = (id: string, on: boolean) => setRemoving((r) => (on ? [...r, id] : r.filter((x) => x !== id)));

  return (
    <Modal opened onClose={onClose} title={t('beds.edit.title', { name: room.name })} size="lg">
      <form onSubmit={form.onSubmit(() => schemaErrors(t, roomEditSchema, input()), send)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('beds.room.name')}
            value={name}
            onChange={(e) => (setName(e.currentTarget.value), form.clearFieldError('name'))}
            error={form.errors.name}
            required
            autoComplete="off"
            data-autofocus
          />
          <Checkbox.Group
            label={t('beds.edit.remove')}
            description={t('beds.edit.removeHelp')}
            error={errorAt(form.errors, 'removeBedIds')}
          >
            <Stack gap={6} mt={6}>
              {room.beds.map((bed) => (
                <Checkbox
                  key={bed.id}
                  label={t('beds.edit.removeBed', { bed: bed.label })}
                  description={bed.occupant ? t(`residentValidation.${BED_VALIDATION.removeOccupied}`) : undefined}
                  disabled={bed.occupant !== null}
                  checked={removing.includes(bed.id)}
                  onChange={(e) => (toggle(bed.id, e.currentTarget.checked), form.clearFieldError('removeBedIds'))}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput
            label={t('beds.edit.add')}
            description={t('beds.room.bedsHelp')}
            placeholder="D, E"
            value={adding}
            onChange={(e) => (setAdding(e.currentTarget.value), form.clearFieldError('addBeds'))}
            error={errorAt(form.errors, 'addBeds')}
            autoComplete="off"
          />
          <Text size="sm" c="dimmed">
            {t('beds.edit.historyKept')}
          </Text>
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('beds.edit.submit')} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

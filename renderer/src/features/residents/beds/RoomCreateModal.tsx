import { Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { roomCreateSchema } from '../../../../../shared/domain/resident-beds';
import { call } from '../../../api/client';
import { DialogFormActions } from '../../../components/DialogFormActions';
import { useSubmission } from '../../../forms/useSubmission';
import { useT } from '../../../i18n/useT';
import { withoutErrorsFor } from '../admit/admission-form';
import { schemaErrors } from '../admit/schema-errors';
import { errorAt } from '../admit/step-props';
import { parseBedLabels } from './board-counts';

/** A manager adds a room and names its beds in one line ("A, B, C"). */
export function RoomCreateModal({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [beds, setBeds] = useState('');
  const form = useSubmission();
  const labels = parseBedLabels(beds);
  const input = () => ({ name, beds: labels });

  const send = async () => {
    const room = await call('residents.createRoom', input());
    notifications.show({ color: 'green', message: t('beds.room.done', { name: room.name, count: room.beds.length }) });
    onCreated();
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('beds.room.title')} size="lg">
      <form onSubmit={form.onSubmit(() => schemaErrors(t, roomCreateSchema, input()), send)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('beds.room.name')}
            description={t('beds.room.nameHelp')}
            value={name}
            onChange={(e) => (setName(e.currentTarget.value), form.clearFieldError('name'))}
            error={form.errors.name}
            required
            autoComplete="off"
            data-autofocus
          />
          <TextInput
            label={t('beds.room.beds')}
            description={t('beds.room.bedsHelp')}
            placeholder="A, B, C"
            value={beds}
            onChange={(e) => (setBeds(e.currentTarget.value), form.setErrors(withoutErrorsFor(form.errors, ['beds'])))}
            error={errorAt(form.errors, 'beds')}
            required
            autoComplete="off"
          />
          {labels.length > 0 && (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('beds.room.bedsCount', { count: labels.length, labels: labels.join(' · ') })}
            </Text>
          )}
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('beds.room.submit')} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

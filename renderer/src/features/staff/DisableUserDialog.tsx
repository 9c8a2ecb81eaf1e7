import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import type { UserSummary } from '../../../../shared/domain/user';
import { call } from '../../api/client';
import { DialogFormActions } from '../../components/DialogFormActions';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useStaffStore } from './staff-store';
import { RotateKeysPanel } from '../keys/RotateKeysPanel';
import { useCan } from '../../permissions/can';

/**
 * Disabling removes the person's key slot, so the dialog says plainly what happens; then
 * it offers (never forces) a re-key, since a copy of the data folder or key file the
 * person may hold still opens with the current keys.
 */
export function DisableUserDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const t = useT();
  const form = useSubmission();
  const [disabled, setDisabled] = useState(false);
  const [rotating, setRotating] = useState(false);
  const canRotate = useCan('keys.rotate');

  const send = async () => {
    const updated = await call('users.disable', { id: user.id });
    useStaffStore.getState().upsert(updated);
    notifications.show({ color: 'green', message: t('staff.disable.done', { name: updated.fullName }) });
    if (canRotate) setDisabled(true);
    else onClose();
  };

  if (disabled)
    return (
      <Modal opened onClose={onClose} title={t('keys.disablePrompt.title')} size="lg">
        <Stack gap="md">
          <Text>{t('keys.disablePrompt.body', { name: user.fullName })}</Text>
          {rotating ? (
            <RotateKeysPanel initialReason="staff_left" />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose} data-autofocus>
                {t('keys.disablePrompt.later')}
              </Button>
              <Button onClick={() => setRotating(true)}>{t('keys.disablePrompt.now')}</Button>
            </Group>
          )}
        </Stack>
      </Modal>
    );

  return (
    <Modal opened onClose={onClose} title={t('staff.disable.title', { name: user.fullName })} size="lg">
      <form onSubmit={form.onSubmit(() => ({}), send)} noValidate>
        <Stack gap="md">
          <Text>{t('staff.disable.intro', { name: user.fullName })}</Text>
          <List spacing="xs">
            <List.Item>{t('staff.disable.effect1')}</List.Item>
            <List.Item>{t('staff.disable.effect2')}</List.Item>
            <List.Item>{t('staff.disable.effect3')}</List.Item>
          </List>
          <DialogFormActions error={form.error} busy={form.busy} submitLabel={t('staff.disable.submit')} onCancel={onClose} destructive />
        </Stack>
      </form>
    </Modal>
  );
}

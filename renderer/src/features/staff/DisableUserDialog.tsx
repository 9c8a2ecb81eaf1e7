import { List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UserSummary } from '../../../../shared/domain/user';
import { call } from '../../api/client';
import { DialogFormActions } from '../../components/DialogFormActions';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useStaffStore } from './staff-store';

/** Disabling removes the person's key slot, so the dialog says plainly what happens. */
export function DisableUserDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const t = useT();
  const form = useSubmission();

  const send = async () => {
    const updated = await call('users.disable', { id: user.id });
    useStaffStore.getState().upsert(updated);
    notifications.show({ color: 'green', message: t('staff.disable.done', { name: updated.fullName }) });
    onClose();
  };

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

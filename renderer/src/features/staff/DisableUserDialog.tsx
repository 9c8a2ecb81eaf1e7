import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { UserSummary } from '../../../../shared/domain/user';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useStaffStore } from './staff-store';

/** Disabling removes the person's key slot, so the dialog says plainly what happens. */
export function DisableUserDialog({ user, onClose }: { user: UserSummary; onClose: () => void }) {
  const t = useT();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const updated = await call('users.disable', { id: user.id });
      useStaffStore.getState().upsert(updated);
      notifications.show({ color: 'green', message: t('staff.disable.done', { name: updated.fullName }) });
      onClose();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('staff.disable.title', { name: user.fullName })} size="lg">
      <Stack gap="md">
        <Text>{t('staff.disable.intro', { name: user.fullName })}</Text>
        <List spacing="xs">
          <List.Item>{t('staff.disable.effect1')}</List.Item>
          <List.Item>{t('staff.disable.effect2')}</List.Item>
          <List.Item>{t('staff.disable.effect3')}</List.Item>
        </List>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {t('staff.disable.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT';

/** Asks before a half-typed admission is thrown away; keeping the typing is the default answer. */
export function DiscardAdmissionDialog(props: { opened: boolean; onKeep: () => void; onDiscard: () => void }) {
  const { opened, onKeep, onDiscard } = props;
  const t = useT();
  return (
    // Always mounted, opened or not, so closing it gives the focus back to the button that opened it.
    <Modal opened={opened} onClose={onKeep} title={t('admitDiscard.title')} returnFocus>
      <Stack gap="md">
        <Text>{t('admitDiscard.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onKeep} data-autofocus>
            {t('admitDiscard.keep')}
          </Button>
          <Button color="red" onClick={onDiscard}>
            {t('admitDiscard.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Modal, Paper, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { NewComputerRestore } from './NewComputerRestore';

/**
 * On the first-run screen, beside "set up a new shelter": the way back for a shelter
 * whose laptop was stolen or broke. Opens the restore over the whole window.
 */
export function NewComputerEntry() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Paper withBorder p="md" bg="teal.0" data-testid="new-computer-entry">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" maw={520}>
            {t('newComputer.entryHelp')}
          </Text>
          <Button leftSection={<IconRestore size={18} aria-hidden />} variant="white" color="teal" onClick={() => setOpen(true)}>
            {t('newComputer.entry')}
          </Button>
        </Group>
      </Paper>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        fullScreen
        withCloseButton={false}
        padding={0}
        transitionProps={{ duration: 0 }}
        aria-label={t('newComputer.title')}
      >
        {open && <NewComputerRestore onBack={() => setOpen(false)} />}
      </Modal>
    </>
  );
}

import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../forms/useSubmission';
import { useT } from '../../i18n/useT';
import { useFormatDateTime } from '../../i18n/format';
import { explainAfterSwap } from './after-swap';

/** Puts back the vault a restore replaced (core keeps it in previous-<time>/); shown only when there is one. */
export function UndoRestorePanel({ setAsideAt }: { setAsideAt: string }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const [asking, setAsking] = useState(false);
  const form = useSubmission({ onRefused: () => setAsking(false) });

  const undo = async () => {
    await call('backup.undoRestore', {});
    explainAfterSwap('undone', null);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-undo-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="backup-undo-title">
          {t('backup.undo.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backup.undo.intro')}
        </Text>
        <Text size="sm">{t('backup.undo.setAside', { when: formatDateTime(setAsideAt) })}</Text>
        <ErrorAlert error={form.error} />
        <Group>
          <Button variant="default" color="red" onClick={() => setAsking(true)}>
            {t('backup.undo.button')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('backup.undo.confirmTitle')} centered>
        <Stack gap="md">
          <Text>{t('backup.undo.confirmBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)} disabled={form.busy}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={form.busy} onClick={() => void form.run(undo)} data-autofocus>
              {t('backup.undo.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

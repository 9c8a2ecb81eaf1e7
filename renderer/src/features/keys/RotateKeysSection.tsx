import { Paper, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { KeysStatusNotes } from './KeysStatusNotes';
import { RotateKeysPanel } from './RotateKeysPanel';

/** Settings → Rotate keys (managers): what it does, what is still pending, and the button. */
export function RotateKeysSection() {
  const t = useT();
  if (!useCan('keys.rotate')) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="rotate-keys-title" id="rotate-keys">
      <Stack gap="md">
        <div>
          <Title order={3} size="h4" id="rotate-keys-title">
            {t('keys.rotate.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('keys.rotate.intro')}
          </Text>
        </div>
        <KeysStatusNotes />
        <RotateKeysPanel />
      </Stack>
    </Paper>
  );
}

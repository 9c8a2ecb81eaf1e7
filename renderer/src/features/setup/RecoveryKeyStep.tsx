import { Alert, Button, Center, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { IconPrinter, IconShieldLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../../stores/session';
import { prepareRecoveryKey } from './prepare';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';
import { RecoveryKeyPrintSheet } from './RecoveryKeyPrintSheet';
import { useSetupStore } from './setup-store';

export function RecoveryKeyStep() {
  const t = useT();
  const s = useSetupStore();
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    prepareRecoveryKey().catch((e: unknown) => {
      const err = toApiError(e);
      // Someone finished setup in the meantime: the right screen is sign-in.
      if (err.code === 'VAULT_EXISTS') void useSessionStore.getState().boot();
      else setError(err);
    });
  }, [attempt]);

  if (!s.recovery) {
    return (
      <Stack gap="md">
        <ErrorAlert error={error} />
        {error ? (
          <Group>
            <Button onClick={() => (setError(null), setAttempt((n) => n + 1))}>{t('common.tryAgain')}</Button>
          </Group>
        ) : (
          <Center py="xl">
            <Loader aria-label={t('setup.recovery.preparing')} />
          </Center>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {s.keyReplaced && (
        <Alert color="orange" variant="light" role="alert" title={t('setup.recovery.replacedTitle')}>
          {t('setup.recovery.replaced')}
        </Alert>
      )}
      <Alert color="yellow" variant="light" icon={<IconShieldLock aria-hidden />} title={t('setup.recovery.warningTitle')}>
        <Text size="sm">{t('setup.recovery.warning')}</Text>
      </Alert>
      <RecoveryKeyGroups recoveryKey={s.recovery.key} />
      <Text size="sm" c="dimmed">
        {t('setup.recovery.characters')}
      </Text>
      <RecoveryKeyPrintSheet recoveryKey={s.recovery.key} organisationName={s.organisationName.trim()} siteCode={s.siteCode.trim()} />
      <Group>
        <Button variant="light" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
          {t('setup.recovery.print')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('setup.recovery.printHelp')}
        </Text>
      </Group>
      <Checkbox
        label={t('setup.recovery.acknowledge')}
        checked={s.acknowledged}
        onChange={(e) => s.setAcknowledged(e.currentTarget.checked)}
        size="md"
      />
      <Group justify="space-between">
        <Button variant="default" onClick={() => s.setStep(1)}>
          {t('common.back')}
        </Button>
        <Button disabled={!s.acknowledged} onClick={() => s.setStep(3)}>
          {t('common.next')}
        </Button>
      </Group>
    </Stack>
  );
}

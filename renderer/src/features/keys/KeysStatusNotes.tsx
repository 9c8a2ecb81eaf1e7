import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconArchive, IconKey } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { KeysStatus } from '../../../../shared/domain/keys';
import { call } from '../../api/client';
import { useT } from '../../i18n/useT';
import { useCan } from '../../permissions/can';
import { loadForSession } from '../../stores/session';
import { useSubmission } from '../../forms/useSubmission';
import { ErrorAlert } from '../../components/ErrorAlert';

function useKeysStatus(): [KeysStatus | null, (s: KeysStatus) => void] {
  const [status, setStatus] = useState<KeysStatus | null>(null);
  useEffect(() => {
    let live = true;
    loadForSession(
      () => call('keys.status', {}),
      (s) => {
        if (live) setStatus(s);
      },
    ).catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return [status, setStatus];
}

/** The recovery key typed once finishes the upgrade of its slot; nobody's password changes. */
function RecoveryKeyForm({ onDone }: { onDone: (s: KeysStatus) => void }) {
  const t = useT();
  const [key, setKey] = useState('');
  const form = useSubmission();
  const send = async () => {
    onDone(await call('keys.upgradeRecovery', { recoveryKey: key }));
    setKey('');
  };
  return (
    <form onSubmit={form.onSubmit(() => ({}), send)} noValidate>
      <Group align="flex-end" gap="sm">
        <PasswordInput
          label={t('keys.status.recoveryLabel')}
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
          error={Boolean(form.errors.recoveryKey)}
          autoComplete="off"
          style={{ flex: 1, maxWidth: 420 }}
        />
        <Button type="submit" loading={form.busy} disabled={key.trim() === ''} variant="light">
          {t('keys.status.recoverySubmit')}
        </Button>
      </Group>
      <ErrorAlert error={form.error} />
    </form>
  );
}

/**
 * For the manager, only while there is something to act on: the key-file upgrade not
 * yet finished (who has not signed in, the recovery key not yet used), and pre-restore
 * copies still in the data folder.
 */
function Notes() {
  const t = useT();
  const [status, setStatus] = useKeysStatus();
  if (!status) return null;
  const upgrading = status.pendingAccounts.length > 0 || status.recoveryPending || status.openWithDataKey.length > 0;
  if (!upgrading && status.previousCopies.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="keys-status">
      {upgrading && (
        <Alert color="orange" variant="light" icon={<IconKey aria-hidden />} title={t('keys.status.title')}>
          <Stack gap={4}>
            <Text size="sm">{t('keys.status.upgrading')}</Text>
            {status.pendingAccounts.length > 0 && (
              <Text size="sm">{t('keys.status.pendingAccounts', { names: status.pendingAccounts.map((a) => a.fullName).join(', ') })}</Text>
            )}
            {status.recoveryPending && (
              <>
                <Text size="sm">{t('keys.status.recoveryPending')}</Text>
                <RecoveryKeyForm onDone={setStatus} />
              </>
            )}
          </Stack>
        </Alert>
      )}
      {status.previousCopies.length > 0 && (
        <Alert color="gray" variant="light" icon={<IconArchive aria-hidden />} title={t('keys.status.previousTitle')}>
          <Text size="sm">{t('keys.status.previous', { count: status.previousCopies.length, days: status.previousRetentionDays })}</Text>
        </Alert>
      )}
    </Stack>
  );
}

export function KeysStatusNotes() {
  return useCan('keys.status') ? <Notes /> : null;
}

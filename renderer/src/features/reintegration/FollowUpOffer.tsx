import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../api/api-error';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';

/**
 * Shown in the discharge dialog once she has left: the follow-up year can start right away.
 * Core's refusal (no follow-up contact consent, a closed case) is shown here as it is on
 * the Reintegration tab; "Not now" leaves it to that tab.
 */
export function FollowUpOffer({ residentId, name, onClose }: { residentId: string; name: string; onClose: () => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // The form it replaces had the focus: the offer's first button takes it, for the keyboard.
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const schedule = async () => {
    setError(null);
    setBusy(true);
    try {
      const r = await call('residents.reintegration.startSchedule', { residentId });
      notifications.show({ message: t('reintegration.schedule.started', { count: r.scheduled }) });
      onClose();
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="md" role="group" aria-labelledby="follow-up-offer-title">
      <Text fw={600} id="follow-up-offer-title">
        {t('dischargeFollowUps.title')}
      </Text>
      <Text>{t('dischargeFollowUps.intro', { name })}</Text>
      {error?.code === 'CONSENT_REQUIRED' ? (
        <Alert color="yellow" variant="light" role="alert">
          {t('reintegration.schedule.noConsent')}
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
      <Text size="sm" c="dimmed">
        {t('dischargeFollowUps.later')}
      </Text>
      <Group>
        <Button ref={first} loading={busy} onClick={() => void schedule()}>
          {t('dischargeFollowUps.schedule')}
        </Button>
        <Button variant="default" onClick={onClose}>
          {t('dischargeFollowUps.notNow')}
        </Button>
      </Group>
    </Stack>
  );
}

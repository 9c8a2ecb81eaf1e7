import { Alert } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useT } from '../../i18n/useT';
import { formatWait } from './useCountdown';

/** Says how long until the next attempt, then that it is possible again. */
export function ThrottleNotice({ secondsLeft, title }: { secondsLeft: number; title?: string }) {
  const t = useT();
  const waiting = secondsLeft > 0;
  const time = formatWait(secondsLeft);
  return (
    <Alert color={waiting ? 'orange' : 'teal'} variant="light" icon={<IconClock aria-hidden />} title={title} data-testid="throttle-notice">
      {waiting ? (secondsLeft < 60 ? t('signIn.waitSeconds', { time }) : t('signIn.waitMinutes', { time })) : t('signIn.canRetry')}
    </Alert>
  );
}

import type { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/useT';
import { ThrottleNotice } from './ThrottleNotice';

interface Props {
  error: ApiError | null;
  retryAt: number | null;
  secondsLeft: number;
  /** Replaces the generic text when the screen knows better what went wrong. */
  message?: string;
}

/**
 * Why an attempt to get in was refused and, while core makes the next one wait, for how
 * long: a throttled refusal is said by the countdown alone.
 */
export function AttemptRefusal({ error, retryAt, secondsLeft, message }: Props) {
  const t = useT();
  return (
    <>
      {error && error.code !== 'THROTTLED' && <ErrorAlert error={error} message={message} />}
      {retryAt !== null && (
        <ThrottleNotice secondsLeft={secondsLeft} title={error?.code === 'THROTTLED' ? t('signIn.throttledTitle') : undefined} />
      )}
    </>
  );
}

import { PASSWORD_MIN_LENGTH } from '../../../shared/domain/password';
import type { ApiError } from '../api/api-error';
import type { TFunction } from '../i18n/useT';

/**
 * The translated `errors.<code>` text, with the placeholders some codes carry. A named
 * refusal's `made` is a UTC time: shown through `formatDateTime` (the shelter's zone) when given.
 */
export function errorMessage(t: TFunction, error: ApiError, formatDateTime?: (iso: string) => string): string {
  const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 0) / 1000));
  const params = { ...error.params };
  if (typeof params.made === 'string' && formatDateTime) params.made = formatDateTime(params.made);
  return t(`errors.${error.code}`, { seconds, min: PASSWORD_MIN_LENGTH, ...params });
}

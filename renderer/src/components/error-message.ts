import { PASSWORD_MIN_LENGTH } from '../../../shared/domain/password';
import type { ApiError } from '../api/api-error';
import type { TFunction } from '../i18n/useT';

/** The translated `errors.<code>` text, with the placeholders some codes carry. */
export function errorMessage(t: TFunction, error: ApiError): string {
  const seconds = Math.max(1, Math.ceil((error.retryAfterMs ?? 0) / 1000));
  return t(`errors.${error.code}`, { seconds, min: PASSWORD_MIN_LENGTH });
}

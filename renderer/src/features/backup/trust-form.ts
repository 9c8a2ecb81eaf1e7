import type { RestoreTrust } from '../../../../shared/contract/channels/backup';
import type { FieldErrors } from '../../forms/field-errors';
import type { TFunction } from '../../i18n/useT';

/** How the manager proves the incoming backup: an account inside it, or its recovery key. Cleared after use. */
export interface TrustValues {
  method: RestoreTrust['method'];
  username: string;
  password: string;
  recoveryKey: string;
}

export const EMPTY_TRUST: TrustValues = { method: 'account', username: '', password: '', recoveryKey: '' };

/** Field keys match the paths core names in its refusals (`trust.password` …). */
export function checkTrust(t: TFunction, v: TrustValues): FieldErrors {
  const found: FieldErrors = {};
  if (v.method === 'account') {
    if (!v.username.trim()) found['trust.username'] = t('validation.required');
    if (!v.password) found['trust.password'] = t('validation.required');
  } else if (!v.recoveryKey.trim()) found['trust.recoveryKey'] = t('validation.required');
  return found;
}

export function toTrust(v: TrustValues): RestoreTrust {
  return v.method === 'account'
    ? { method: 'account', username: v.username.trim(), password: v.password }
    : { method: 'recoveryKey', recoveryKey: v.recoveryKey };
}

/** Refusals about the sign-in keep the person on the step where they typed it. */
export const TRUST_CODES = new Set(['BACKUP_SIGN_IN_FAILED', 'BACKUP_SIGN_IN_NOT_MANAGER', 'BACKUP_OTHER_VAULT']);

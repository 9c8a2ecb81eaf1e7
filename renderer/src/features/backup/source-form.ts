import type { ChannelInput } from '../../../../shared/contract';
import type { ErrorCode } from '../../../../shared/errors';
import type { ApiError } from '../../api/api-error';
import { errorMessage } from '../../components/error-message';
import type { FieldErrors } from '../../forms/field-errors';
import type { RefusalView } from '../../forms/useSubmission';
import type { TFunction } from '../../i18n/useT';

export type UnlockMethod = 'passphrase' | 'identity';

/** A backup file and what opens it. The passphrase lives only here, in the form, and is cleared after use. */
export interface SourceValues {
  sourcePath: string | null;
  method: UnlockMethod;
  passphrase: string;
  identityPath: string | null;
}

export const EMPTY_SOURCE: SourceValues = { sourcePath: null, method: 'passphrase', passphrase: '', identityPath: null };

export function checkSource(t: TFunction, v: SourceValues): FieldErrors {
  const found: FieldErrors = {};
  if (!v.sourcePath) found.sourcePath = t('backup.source.chooseFileFirst');
  if (v.method === 'passphrase' && v.passphrase.length === 0) found.passphrase = t('validation.required');
  if (v.method === 'identity' && !v.identityPath) found.identityPath = t('backup.source.chooseIdentityFirst');
  return found;
}

export function toSourceInput(v: SourceValues): ChannelInput<'backup.verify'> {
  return v.method === 'passphrase'
    ? { sourcePath: v.sourcePath!, passphrase: v.passphrase }
    : { sourcePath: v.sourcePath!, identityPath: v.identityPath! };
}

/** Which field a refusal is about, so the message appears next to what must change. */
const FIELD_FOR: Partial<Record<ErrorCode, keyof SourceValues>> = {
  BACKUP_WRONG_PASSPHRASE: 'passphrase',
  BACKUP_WRONG_KEY: 'identityPath',
  BACKUP_KEY_FILE_INVALID: 'identityPath',
  BACKUP_DAMAGED: 'sourcePath',
  BACKUP_NOT_A_BACKUP: 'sourcePath',
  BACKUP_TOO_NEW: 'sourcePath',
  BACKUP_LOCATION_INVALID: 'sourcePath',
};

/**
 * A wrong passphrase or a damaged file is said next to the field it concerns and not
 * a second time above the buttons. A wrong passphrase names the passphrase field even
 * when the person used a key file, so it goes to whichever field they used.
 */
export function sourceRefusal(t: TFunction, error: ApiError, view: RefusalView, method: UnlockMethod): RefusalView {
  let field = FIELD_FOR[error.code];
  if (field === 'passphrase' && method === 'identity') field = 'identityPath';
  if (field === 'identityPath' && method === 'passphrase') field = 'passphrase';
  if (!field) return view;
  return { fields: { ...view.fields, [field]: errorMessage(t, error) }, alert: null };
}

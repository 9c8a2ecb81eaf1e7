import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import type { PathGrant } from '../../../../shared/contract/dialogs';
import type { ErrorCode } from '../../../../shared/errors';
import type { ApiError } from '../../api/api-error';
import { errorMessage } from '../../components/error-message';
import type { FieldErrors } from '../../forms/field-errors';
import type { RefusalView } from '../../forms/useSubmission';
import type { TFunction } from '../../i18n/useT';

export type UnlockMethod = 'passphrase' | 'identity';

/**
 * A backup file and what opens it, each file as core's token for the person's choice.
 * The passphrase lives only here, in the form, and is cleared after use.
 */
export interface SourceValues {
  source: PathGrant | null;
  method: UnlockMethod;
  passphrase: string;
  identity: PathGrant | null;
  /** For an incremental link: the folder holding the other files of its chain. */
  links: PathGrant | null;
}

export const EMPTY_SOURCE: SourceValues = { source: null, method: 'passphrase', passphrase: '', identity: null, links: null };

export function checkSource(t: TFunction, v: SourceValues): FieldErrors {
  const found: FieldErrors = {};
  if (!v.source) found.source = t('backup.source.chooseFileFirst');
  if (v.method === 'passphrase' && v.passphrase.length === 0) found.passphrase = t('validation.required');
  if (v.method === 'identity' && !v.identity) found.identity = t('backup.source.chooseIdentityFirst');
  return found;
}

export function toSourceInput(v: SourceValues): ChannelInput<'backup.verify'> {
  const links = v.links ? { linksFolderToken: v.links.token } : {};
  return v.method === 'passphrase'
    ? { sourceToken: v.source!.token, passphrase: v.passphrase, ...links }
    : { sourceToken: v.source!.token, identityToken: v.identity!.token, ...links };
}

/** A preview spent the tokens and handed back fresh ones for the same files: the restore uses those. */
export function withRenewed(v: SourceValues, renewed: ChannelOutput<'backup.preview'>['renewed']): SourceValues {
  return {
    ...v,
    source: v.source && { ...v.source, token: renewed.sourceToken },
    identity: v.identity && renewed.identityToken ? { ...v.identity, token: renewed.identityToken } : v.identity,
    links: v.links && renewed.linksFolderToken ? { ...v.links, token: renewed.linksFolderToken } : v.links,
  };
}

/** Which field a refusal is about, so the message appears next to what must change. */
const FIELD_FOR: Partial<Record<ErrorCode, keyof SourceValues>> = {
  BACKUP_WRONG_PASSPHRASE: 'passphrase',
  BACKUP_WRONG_KEY: 'identity',
  BACKUP_KEY_FILE_INVALID: 'identity',
  BACKUP_DAMAGED: 'source',
  BACKUP_NOT_A_BACKUP: 'source',
  BACKUP_TOO_NEW: 'source',
  BACKUP_LOCATION_INVALID: 'source',
  PATH_NOT_CHOSEN: 'source',
};

/**
 * A wrong passphrase or a damaged file is said next to the field it concerns and not
 * a second time above the buttons. A wrong passphrase names the passphrase field even
 * when the person used a key file, so it goes to whichever field they used.
 */
export function sourceRefusal(t: TFunction, error: ApiError, view: RefusalView, method: UnlockMethod): RefusalView {
  let field = FIELD_FOR[error.code];
  if (field === 'passphrase' && method === 'identity') field = 'identity';
  if (field === 'identity' && method === 'passphrase') field = 'passphrase';
  if (!field) return view;
  return { fields: { ...view.fields, [field]: errorMessage(t, error) }, alert: null };
}

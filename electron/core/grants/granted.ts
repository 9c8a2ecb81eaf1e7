import { AppError } from '../../../shared/errors';
import type { DialogKind } from '../../../shared/contract/dialogs';
import type { Core } from '../core';

/**
 * For in-process callers whose person names a path directly (the CLI's arguments, tests):
 * the same grant main makes after a dialog, returning just the token. Throws the refusal.
 */
export async function grantedToken(core: Pick<Core, 'grantPath'>, kind: DialogKind, path: string): Promise<string> {
  const r = await core.grantPath(kind, path);
  if (!r.ok) throw new AppError(r.error.code, r.error.message);
  return r.data.token;
}

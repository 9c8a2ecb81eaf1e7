import type { DialogKind } from '../../../shared/contract/dialogs';
import type { Core } from '../core';
import { grantedToken } from '../grants/granted';

/** What a scripted dialog answer gives a test: core's token for a path, as main would get after a dialog. */
export function chosen(core: Pick<Core, 'grantPath'>, kind: DialogKind, path: string): Promise<string> {
  return grantedToken(core, kind, path);
}

/** Tokens for a backup file and, when given, the key file that opens it. */
export async function chosenSource(
  core: Pick<Core, 'grantPath'>,
  file: string,
  identity?: string,
): Promise<{ sourceToken: string; identityToken?: string }> {
  return {
    sourceToken: await chosen(core, 'backupFile', file),
    ...(identity !== undefined ? { identityToken: await chosen(core, 'identityFile', identity) } : {}),
  };
}

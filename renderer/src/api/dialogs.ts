import type { DialogRequest, PathGrant } from '../../../shared/contract/dialogs';
import { ApiError } from './api-error';
import { getBridge } from './bridge';

/**
 * Asks main (or the test host) to show a file dialog. Returns a one-time token for the
 * chosen path with its name and folder to show, or null when the person closed the
 * dialog without choosing; throws an ApiError otherwise. The renderer never holds a path
 * it could hand to core: channels take only these tokens.
 */
export async function chooseDialog(request: DialogRequest): Promise<PathGrant | null> {
  const bridge = getBridge();
  if (!bridge) throw new ApiError({ code: 'INTERNAL', message: 'window.amizero is missing' });
  let result;
  try {
    result = await bridge.chooseDialog(request);
  } catch (e) {
    throw new ApiError({ code: 'INTERNAL', message: e instanceof Error ? e.message : 'dialog failure' });
  }
  if (!result.ok) throw new ApiError(result.error);
  return 'token' in result.data ? result.data : null;
}

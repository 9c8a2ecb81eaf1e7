import type { DialogRequest } from '../../../shared/contract/dialogs';
import { ApiError } from './api-error';
import { getBridge } from './bridge';

/**
 * Asks main (or the test host) to show a file dialog. Returns the chosen path, or null
 * when the person closed the dialog without choosing; throws an ApiError otherwise.
 * Paths exist in the renderer only as answers from here: nothing lets a person type one.
 */
export async function chooseDialog(request: DialogRequest): Promise<string | null> {
  const bridge = getBridge();
  if (!bridge) throw new ApiError({ code: 'INTERNAL', message: 'window.amizero is missing' });
  let result;
  try {
    result = await bridge.chooseDialog(request);
  } catch (e) {
    throw new ApiError({ code: 'INTERNAL', message: e instanceof Error ? e.message : 'dialog failure' });
  }
  if (!result.ok) throw new ApiError(result.error);
  return 'path' in result.data ? result.data.path : null;
}

import { z } from 'zod';
import { channel } from '../define';
import { MANAGER_ONLY } from '../../roles';
import { keysStatusSchema, rekeyInputSchema, rekeyResultSchema } from '../../domain/keys';

export const keysChannels = {
  /** Key-file upgrade still pending, pre-restore copies kept: for Home and Settings. */
  'keys.status': channel({ input: z.object({}).strict(), output: keysStatusSchema, access: MANAGER_ONLY }),
  /**
   * Replaces the data key and every category key (re-encrypted copy, journaled swap);
   * progress as `keys.progress` events. The session continues under the new keys.
   */
  'keys.rotate': channel({ input: rekeyInputSchema, output: rekeyResultSchema, access: MANAGER_ONLY }),
};

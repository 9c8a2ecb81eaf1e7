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
  /**
   * Finishes the key-file upgrade for the recovery slot without resetting anyone's
   * password: the manager types the recovery key once; it is throttled like recovery.
   */
  'keys.upgradeRecovery': channel({
    input: z.object({ recoveryKey: z.string().min(1).max(80) }).strict(),
    output: keysStatusSchema,
    access: MANAGER_ONLY,
    secret: true,
  }),
};

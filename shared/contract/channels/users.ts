import { z } from 'zod';
import { channel } from '../define';
import { MANAGER_ONLY } from '../../roles';
import { fullNameSchema, newUserSchema, userSummarySchema } from '../../domain/user';
import { passwordSchema } from '../../domain/password';
import { roleSchema } from '../../roles';

const idInput = z.object({ id: z.string().min(1).max(64) });

export const usersChannels = {
  'users.list': channel({ input: z.object({}).strict(), output: z.array(userSummarySchema), access: MANAGER_ONLY }),
  'users.create': channel({ input: newUserSchema, output: userSummarySchema, access: MANAGER_ONLY, secret: true }),
  'users.update': channel({
    input: idInput.extend({ fullName: fullNameSchema.optional(), role: roleSchema.optional() }),
    output: userSummarySchema,
    access: MANAGER_ONLY,
  }),
  /** Disabling removes the user's keyring slot: the password stops opening the vault at once. */
  'users.disable': channel({ input: idInput, output: userSummarySchema, access: MANAGER_ONLY }),
  /** Re-enabling needs a new password because the old slot is gone. */
  'users.enable': channel({
    input: idInput.extend({ password: passwordSchema }),
    output: userSummarySchema,
    access: MANAGER_ONLY,
    secret: true,
  }),
  'users.resetPassword': channel({
    input: idInput.extend({ password: passwordSchema }),
    output: userSummarySchema,
    access: MANAGER_ONLY,
    secret: true,
  }),
};

import { z } from 'zod';
import { channel } from '../define';
import { sessionUserSchema } from '../../domain/user';

export const appStatusSchema = z.object({
  vault: z.enum(['none', 'ready']),
  signedIn: z.boolean(),
  user: sessionUserSchema.nullable(),
  version: z.string(),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

export const appChannels = {
  /** What the first screen should be: setup, sign-in, or the app. */
  'app.status': channel({ input: z.object({}).strict(), output: appStatusSchema, access: 'public' }),
};

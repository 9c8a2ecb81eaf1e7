import { z } from 'zod';
import { channel } from '../define';
import { fullNameSchema, sessionUserSchema, usernameSchema } from '../../domain/user';
import { passwordSchema } from '../../domain/password';
import { organisationNameSchema, siteCodeSchema, localeSchema } from '../../domain/settings';

export const setupPrepareOutput = z.object({
  /** Shown once, in groups of four characters separated by dashes. */
  recoveryKey: z.string(),
  /** 1-based group numbers the user must type back to prove it was written down. */
  confirmGroups: z.array(z.number().int().min(1)),
});

export const setupCompleteInput = z.object({
  organisationName: organisationNameSchema,
  siteCode: siteCodeSchema,
  locale: localeSchema.default('en'),
  manager: z.object({ fullName: fullNameSchema, username: usernameSchema, password: passwordSchema }),
  /** The groups named in `confirmGroups`, in that order. */
  recoveryConfirmation: z.array(z.string().max(16)).max(16),
});
export type SetupCompleteInput = z.input<typeof setupCompleteInput>;

export const setupChannels = {
  'setup.prepare': channel({ input: z.object({}).strict(), output: setupPrepareOutput, access: 'public', secret: true }),
  'setup.complete': channel({ input: setupCompleteInput, output: sessionUserSchema, access: 'public', secret: true }),
};

import { z } from 'zod';
import { about, channel } from '../define';
import { MANAGER_ONLY } from '../../roles';
import { eraseResidentInputSchema, erasurePreviewSchema, erasureResultSchema } from '../../domain/erasure';
import { pseudonymiseInputSchema, retentionCaseSchema, retentionSettingsSchema } from '../../domain/retention';

/** A resident's right to erasure, and how long closed cases are kept (issue 15). Manager only. */
export const erasureChannels = {
  /** What an erasure would remove, counted, for the confirmation. */
  'erasure.preview': channel({
    resident: about('identity', 'change'),
    input: z.object({ residentId: z.string().min(1).max(64) }).strict(),
    output: erasurePreviewSchema,
    access: MANAGER_ONLY,
  }),
  /** Erases her for good, after a second manager's password or the recovery key. */
  'erasure.erase': channel({
    resident: about('identity', 'change'),
    input: eraseResidentInputSchema,
    output: erasureResultSchema,
    access: MANAGER_ONLY,
  }),
  'retention.get': channel({ input: z.object({}).strict(), output: retentionSettingsSchema, access: MANAGER_ONLY }),
  'retention.save': channel({ input: retentionSettingsSchema, output: retentionSettingsSchema, access: MANAGER_ONLY }),
  /** Closed cases past their retention period, oldest first. Nothing is removed by listing. */
  'retention.review': channel({ input: z.object({}).strict(), output: z.array(retentionCaseSchema), access: MANAGER_ONLY }),
  /** Identity and contacts removed, the rest kept for statistics. */
  'retention.pseudonymise': channel({
    resident: about('identity', 'change'),
    input: pseudonymiseInputSchema,
    output: z.object({}),
    access: MANAGER_ONLY,
  }),
};

import { z } from 'zod';
import { channel } from '../define';
import { MANAGER_ONLY } from '../../roles';
import { auditEntrySchema, auditVerifySchema } from '../../domain/audit';

export const auditChannels = {
  'audit.list': channel({
    input: z.object({ limit: z.number().int().min(1).max(500).default(100), beforeSeq: z.number().int().positive().optional() }),
    output: z.array(auditEntrySchema),
    access: MANAGER_ONLY,
  }),
  'audit.verify': channel({ input: z.object({}).strict(), output: auditVerifySchema, access: MANAGER_ONLY }),
};

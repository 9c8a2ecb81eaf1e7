import { z } from 'zod';
import { RISK_LEVELS } from '../enums/care';

/** A resident on her assigned counsellor's or social worker's Home: where she sleeps and her risk. */
export const myResidentSchema = z.object({
  id: z.string(),
  code: z.string(),
  displayName: z.string(),
  roomName: z.string().nullable(),
  bedLabel: z.string().nullable(),
  riskLevel: z.enum(RISK_LEVELS),
});
export type MyResident = z.infer<typeof myResidentSchema>;

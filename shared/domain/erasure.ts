import { z } from 'zod';

const residentId = z.string().min(1).max(64);

/** Four eyes: another manager's password, or the recovery key. */
export const erasureApprovalSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('manager'), username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) }).strict(),
  z.object({ method: z.literal('recoveryKey'), recoveryKey: z.string().min(1).max(128) }).strict(),
]);
export type ErasureApproval = z.infer<typeof erasureApprovalSchema>;

export const eraseResidentInputSchema = z.object({ residentId, approval: erasureApprovalSchema }).strict();

export const erasureResultSchema = z.object({
  /** Rows removed from the live database, all tables together. */
  rowsRemoved: z.number().int().min(0),
  /** previous-… folders (copies kept for undoing a restore) she was erased from. */
  previousPurged: z.number().int().min(0),
  /** previous-… folders that this vault's key does not open, removed whole because they held her. */
  previousRemoved: z.number().int().min(0),
});
export type ErasureResult = z.infer<typeof erasureResultSchema>;

/** What an erasure would remove, for the confirmation: counts per kind of record. */
export const erasurePreviewSchema = z.object({
  residentId,
  code: z.string(),
  displayName: z.string(),
  openStay: z.boolean(),
  counts: z.record(z.string(), z.number().int().min(0)),
});
export type ErasurePreview = z.infer<typeof erasurePreviewSchema>;

import { z } from 'zod';

/** Re-keying (Settings → Rotate keys, CLI `rekey`): phases shown as progress. */
export const REKEY_PHASES = ['copying', 'resealing', 'swapping', 'done'] as const;

export const rekeyProgressSchema = z.object({
  phase: z.enum(REKEY_PHASES),
  /** Sealed rows resealed so far and in all (resealing phase); 0/0 otherwise. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type RekeyProgress = z.infer<typeof rekeyProgressSchema>;

export const rekeyInputSchema = z
  .object({
    /** Why (shown in the audit log): a staff account was disabled, a laptop was lost, routine. */
    reason: z.enum(['staff_left', 'device_lost', 'routine']),
  })
  .strict();

export const rekeyResultSchema = z.object({
  sealedRows: z.number().int().nonnegative(),
  slots: z.number().int().nonnegative(),
  durationMs: z.number().nonnegative(),
});
export type RekeyResult = z.infer<typeof rekeyResultSchema>;

/**
 * What the manager is told on Home and in Settings: the key-file upgrade still in progress
 * (accounts not yet signed in since, the recovery slot), and pre-restore copies kept.
 */
export const keysStatusSchema = z.object({
  keyringVersion: z.number().int(),
  pendingAccounts: z.array(z.object({ id: z.string(), fullName: z.string() })),
  recoveryPending: z.boolean(),
  /** Sealed categories the data key alone still opens (transitional copy). */
  openWithDataKey: z.array(z.string()),
  /** Pre-restore copies (previous-*) still in the data folder, oldest first, with when they were made. */
  previousCopies: z.array(z.object({ name: z.string(), createdAt: z.string().nullable() })),
  previousRetentionDays: z.number().int(),
});
export type KeysStatus = z.infer<typeof keysStatusSchema>;

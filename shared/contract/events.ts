import { z } from 'zod';
import { lockReasonSchema, lockedReasonSchema } from './channels/auth';
import { backupProgressSchema } from '../domain/backup-schedule';
import { rekeyProgressSchema } from '../domain/keys';

/** Messages core pushes to the renderer (main → renderer only). */
export const events = {
  'session.locked': z.object({ reason: lockedReasonSchema }),
  /**
   * The system is locking or going to sleep: the window saves its drafts and locks
   * itself; core locks anyway once the grace period is over.
   */
  'session.lockRequested': z.object({ reason: lockReasonSchema, graceMs: z.number().int().nonnegative() }),
  /** A backup, verify or restore moving along (at most a few per second); phase 'done' closes it. */
  'backup.progress': backupProgressSchema,
  /** Re-keying moving along; phase 'done' closes it. */
  'keys.progress': rekeyProgressSchema,
};
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

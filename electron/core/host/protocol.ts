import { z } from 'zod';
import type { AppErrorData } from '../../../shared/errors';
import type { EventName } from '../../../shared/contract/events';
import { LOCK_REASONS } from '../../../shared/contract/channels/auth';
import type { CoreOptions } from '../core';

/**
 * What crosses the thread boundary between CoreHost and the worker that owns the Core.
 * Only structured-clone data: channel inputs travel raw and are validated by core's gate
 * inside the worker, exactly as an IPC call would be.
 */

/** Everything in CoreOptions that can cross a thread: `now` and `log` are functions. */
export type WorkerCoreOptions = Omit<CoreOptions, 'now' | 'log'>;

export interface WorkerStart {
  options: WorkerCoreOptions;
  /**
   * Modules loaded into the worker whose exported `workerExtensions` functions run beside
   * core (test hosts seed vaults this way). Main never passes any.
   */
  extensions: string[];
}

const id = z.number().int().positive();

/** Host → worker. Parsed in the worker: a malformed envelope is refused, never guessed at. */
export const toWorkerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dispatch'), id, channel: z.unknown(), input: z.unknown() }),
  z.object({ kind: z.literal('lock'), id, reason: z.enum(LOCK_REASONS) }),
  z.object({ kind: z.literal('requestLock'), id, reason: z.enum(['idle', 'os']), graceMs: z.number().int().nonnegative().optional() }),
  z.object({ kind: z.literal('close'), id }),
  z.object({ kind: z.literal('invoke'), id, method: z.string(), args: z.array(z.unknown()) }),
  z.object({ kind: z.literal('extension'), id, name: z.string(), args: z.array(z.unknown()) }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;
/** A request as the host builds it, before it is numbered. */
export type HostRequest = ToWorker extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

/** Worker → host. */
export type FromWorker =
  | { kind: 'result'; id: number; ok: true; value: unknown }
  | { kind: 'result'; id: number; ok: false; error: AppErrorData }
  | { kind: 'event'; name: EventName; payload: unknown }
  | { kind: 'log'; line: string };

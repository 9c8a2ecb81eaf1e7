import { AppError } from '../../../shared/errors';
import type { BackupOperation } from '../../../shared/domain/backup-schedule';
import type { CoreState } from '../state';
import { ProgressReporter } from './progress';

/**
 * The backup, verify or restore running right now, per core: what `backup.cancel`
 * aborts and `backup.status` reports. Core runs calls one at a time, so there is at
 * most one; a second is refused rather than queued behind a cancel that meant it.
 */
export interface RunningOperation {
  operation: BackupOperation;
  startedAt: string;
  signal: AbortSignal;
  progress: ProgressReporter;
}

interface Entry extends RunningOperation {
  controller: AbortController;
}

const running = new WeakMap<CoreState, Entry>();

export function currentOperation(state: CoreState): RunningOperation | null {
  return running.get(state) ?? null;
}

/** Registers an operation for its duration; `fn` gets its cancel signal and progress reporter. Ends with a 'done' progress event. */
export async function withOperation<T>(state: CoreState, operation: BackupOperation, fn: (op: RunningOperation) => Promise<T>): Promise<T> {
  if (running.has(state)) throw new AppError('BACKUP_BUSY', 'another backup, verify or restore is running');
  const controller = new AbortController();
  const progress = new ProgressReporter(operation, (e) => state.events.emit('backup.progress', e), state.now);
  const entry: Entry = { operation, startedAt: new Date(state.now()).toISOString(), signal: controller.signal, progress, controller };
  running.set(state, entry);
  try {
    return await fn(entry);
  } finally {
    running.delete(state);
    // Whatever the outcome: the window closes its progress bar and reads the call's result.
    progress.done();
  }
}

/** Asks the running operation to stop; it stops at its next chunk and cleans up. False when nothing runs. */
export function cancelOperation(state: CoreState): boolean {
  const entry = running.get(state);
  if (!entry || entry.controller.signal.aborted) return false;
  entry.controller.abort();
  return true;
}

export function throwIfCancelled(signal: AbortSignal | undefined, what = 'backup'): void {
  if (signal?.aborted) throw new AppError('BACKUP_CANCELLED', `the ${what} was cancelled`);
}

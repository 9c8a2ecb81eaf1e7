import type { BackupOperation, BackupProgressEvent } from '../../../shared/domain/backup-schedule';

type Phase = BackupProgressEvent['phase'];

/** At most five updates a second: enough for a progress bar, negligible next to the work. */
export const PROGRESS_MIN_INTERVAL_MS = 200;
/** No estimate until a phase has run this long: the first chunks go to the page cache and lie about the rate. */
const ETA_WARMUP_MS = 1000;

export type ProgressSink = (e: BackupProgressEvent) => void;

/**
 * Turns a stream of "bytes done" calls into throttled `backup.progress` events with an
 * estimate of the time left. A phase change and 'done' always go out; updates within a
 * phase are dropped if they come faster than the interval.
 */
export class ProgressReporter {
  private phase: Phase | null = null;
  private phaseStart = 0;
  private lastEmit = -Infinity;
  private lastTotal: number | null = null;

  constructor(
    private readonly operation: BackupOperation,
    private readonly sink: ProgressSink,
    private readonly now: () => number = Date.now,
    private readonly minIntervalMs = PROGRESS_MIN_INTERVAL_MS,
  ) {}

  update(phase: Phase, bytesDone: number, bytesTotal: number | null): void {
    const t = this.now();
    // A new phase, or a switch to "no byte count" (checking after reading), always goes out.
    const changed = phase !== this.phase || (bytesTotal === null) !== (this.lastTotal === null);
    this.lastTotal = bytesTotal;
    if (changed) {
      this.phase = phase;
      this.phaseStart = t;
    } else if (t - this.lastEmit < this.minIntervalMs && !(bytesTotal !== null && bytesDone >= bytesTotal)) return;
    this.lastEmit = t;
    this.sink({ operation: this.operation, phase, bytesDone, bytesTotal, etaSeconds: this.eta(t, bytesDone, bytesTotal) });
  }

  /** The operation ended (finished, failed or cancelled): the call's own answer says which. */
  done(): void {
    this.phase = 'done';
    this.lastTotal = null;
    this.lastEmit = this.now();
    this.sink({ operation: this.operation, phase: 'done', bytesDone: 0, bytesTotal: null, etaSeconds: null });
  }

  private eta(t: number, done: number, total: number | null): number | null {
    if (total === null) return null;
    if (done >= total) return 0;
    const elapsed = t - this.phaseStart;
    if (elapsed < ETA_WARMUP_MS || done <= 0) return null;
    return Math.ceil(((total - done) * elapsed) / done / 1000);
  }
}

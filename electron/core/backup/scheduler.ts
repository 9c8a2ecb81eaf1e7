/**
 * Runs scheduled backups while someone is signed in (the data key exists only then).
 * Owned by Core, so the Electron main process and the e2e test host both get it: a
 * check shortly after each sign-in and then every few minutes. Timers are unref'd (a
 * CLI run or a test never waits for them) and each check goes through core's queue,
 * so a backup never overlaps another call or a lock.
 */
export interface SchedulerOptions {
  /** Runs one due check inside core's queue; resolves when it is done. */
  check: () => Promise<unknown>;
  /** Whether a session is open right now. */
  signedIn: () => boolean;
  log: (line: string) => void;
  /** Pause after sign-in, so the first screen loads before a backup takes the queue. */
  afterSignInMs?: number;
  everyMs?: number;
}

export const DEFAULT_AFTER_SIGN_IN_MS = 20_000;
export const DEFAULT_CHECK_EVERY_MS = 5 * 60_000;

export class BackupScheduler {
  private interval: NodeJS.Timeout | null = null;
  private soon: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;

  constructor(private readonly o: SchedulerOptions) {}

  /** A session just opened: check soon, then periodically while it stays open. */
  signedIn(): void {
    this.clearSoon();
    this.soon = setTimeout(() => void this.tick(), this.o.afterSignInMs ?? DEFAULT_AFTER_SIGN_IN_MS);
    this.soon.unref();
    if (!this.interval) {
      this.interval = setInterval(() => void this.tick(), this.o.everyMs ?? DEFAULT_CHECK_EVERY_MS);
      this.interval.unref();
    }
  }

  /** Locked or closed: nothing runs until the next sign-in. */
  stop(): void {
    this.clearSoon();
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
  }

  /** One check now (also what the timers call); concurrent calls share the running one. */
  tick(): Promise<void> {
    if (!this.o.signedIn()) {
      this.stop();
      return Promise.resolve();
    }
    this.checking ??= this.o
      .check()
      .then(
        () => undefined,
        (e: unknown) => this.o.log(`[backup] scheduled backup check failed: ${(e as Error)?.stack ?? String(e)}`),
      )
      .finally(() => {
        this.checking = null;
      });
    return this.checking;
  }

  private clearSoon(): void {
    if (this.soon) clearTimeout(this.soon);
    this.soon = null;
  }
}

import { readFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { throttleFileSchema, type ThrottleFile } from '../../../shared/files/keyring';
import { writeFileAtomic } from '../fs/atomic';

/** Failures allowed before any waiting; then the wait doubles, up to the cap. */
export const FREE_ATTEMPTS = 3;
const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 15 * 60_000;

/**
 * Across all usernames: guessing one password for many names (or a recovery key and
 * names) is slowed once this many failures fall within the window, for every name.
 * The cap is short so a colleague is not kept out long by someone else's guessing.
 */
export const GLOBAL_FREE = 10;
export const GLOBAL_WINDOW_MS = 10 * 60_000;
const GLOBAL_BASE_DELAY_MS = 2_000;
const GLOBAL_MAX_DELAY_MS = 60_000;

export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export function globalDelayAfter(failures: number): number {
  if (failures < GLOBAL_FREE) return 0;
  return Math.min(GLOBAL_BASE_DELAY_MS * 2 ** (failures - GLOBAL_FREE), GLOBAL_MAX_DELAY_MS);
}

function empty(): ThrottleFile {
  return { format: 'amizero-throttle', version: 1, entries: {}, pending: [] };
}

/**
 * Sign-in throttling persisted beside the keyring so a restart does not reset it.
 * Keyed by the same salted username HMAC the keyring uses: no names on disk. A file
 * that cannot be written fails closed: the attempt is refused rather than left uncounted.
 */
export class SignInThrottle {
  constructor(
    private readonly path: string,
    private readonly now: () => number = Date.now,
  ) {}

  private read(): ThrottleFile {
    try {
      const parsed = throttleFileSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      // A damaged throttle file must not lock everyone out; writing it again is what is checked.
      return parsed.success ? parsed.data : empty();
    } catch {
      return empty();
    }
  }

  private save(f: ThrottleFile): void {
    try {
      writeFileAtomic(this.path, JSON.stringify(f));
    } catch (e) {
      throw new AppError('SIGN_IN_STATE_UNWRITABLE', `sign-in attempts cannot be recorded: ${(e as Error).message}`);
    }
  }

  private recentFailures(f: ThrottleFile): number[] {
    const since = this.now() - GLOBAL_WINDOW_MS;
    return (f.recent ?? []).filter((t) => t > since);
  }

  /** Milliseconds the user must still wait before another attempt (0 = may try now). */
  waitMs(lookup: string): number {
    const f = this.read();
    const e = f.entries[lookup];
    const own = e ? e.lastFailureAt + delayAfter(e.failures) - this.now() : 0;
    const recent = this.recentFailures(f);
    const global = recent.length ? Math.max(...recent) + globalDelayAfter(recent.length) - this.now() : 0;
    return Math.max(0, own, global);
  }

  /** Before an attempt is checked: proves a failure could be recorded, or refuses (fail closed). */
  assertWritable(): void {
    this.save(this.read());
  }

  recordFailure(lookup: string): number {
    const f = this.read();
    const prev = f.entries[lookup]?.failures ?? 0;
    const at = this.now();
    f.entries[lookup] = { failures: prev + 1, lastFailureAt: at };
    f.pending = [...f.pending, { lookup, at: new Date(at).toISOString() }].slice(-10000);
    f.recent = [...this.recentFailures(f), at].slice(-1000);
    this.save(f);
    return Math.max(delayAfter(prev + 1), globalDelayAfter(f.recent.length));
  }

  recordSuccess(lookup: string): void {
    const f = this.read();
    if (!f.entries[lookup]) return;
    delete f.entries[lookup];
    this.save(f);
  }

  /** Failures not yet in the audit log. They stay on file until forgetPending confirms they were logged. */
  peekPending(): { lookup: string; at: string }[] {
    return this.read().pending;
  }

  /** Drops the first `count` pending failures, once the audit entries for them have committed. */
  forgetPending(count: number): void {
    if (count <= 0) return;
    const f = this.read();
    f.pending = f.pending.slice(count);
    this.save(f);
  }
}

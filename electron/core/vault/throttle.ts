import { readFileSync } from 'node:fs';
import { throttleFileSchema, type ThrottleFile } from '../../../shared/files/keyring';
import { writeFileAtomic } from '../fs/atomic';

/** Failures allowed before any waiting; then the wait doubles, up to the cap. */
export const FREE_ATTEMPTS = 3;
const BASE_DELAY_MS = 5_000;
const MAX_DELAY_MS = 15 * 60_000;

export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

function empty(): ThrottleFile {
  return { format: 'amizero-throttle', version: 1, entries: {}, pending: [] };
}

/**
 * Sign-in throttling persisted beside the keyring so a restart does not reset it.
 * Keyed by the same salted username HMAC the keyring uses: no names on disk.
 */
export class SignInThrottle {
  constructor(
    private readonly path: string,
    private readonly now: () => number = Date.now,
  ) {}

  private read(): ThrottleFile {
    try {
      const parsed = throttleFileSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      // A damaged throttle file must not lock everyone out; it only delays guessing.
      return parsed.success ? parsed.data : empty();
    } catch {
      return empty();
    }
  }

  /** Milliseconds the user must still wait before another attempt (0 = may try now). */
  waitMs(lookup: string): number {
    const e = this.read().entries[lookup];
    if (!e) return 0;
    return Math.max(0, e.lastFailureAt + delayAfter(e.failures) - this.now());
  }

  recordFailure(lookup: string): number {
    const f = this.read();
    const prev = f.entries[lookup]?.failures ?? 0;
    const at = this.now();
    f.entries[lookup] = { failures: prev + 1, lastFailureAt: at };
    f.pending = [...f.pending, { lookup, at: new Date(at).toISOString() }].slice(-10000);
    writeFileAtomic(this.path, JSON.stringify(f));
    return delayAfter(prev + 1);
  }

  recordSuccess(lookup: string): void {
    const f = this.read();
    if (!f.entries[lookup]) return;
    delete f.entries[lookup];
    writeFileAtomic(this.path, JSON.stringify(f));
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
    writeFileAtomic(this.path, JSON.stringify(f));
  }
}

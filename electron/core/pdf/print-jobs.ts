import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { PRINT_JOB_TTL_MS } from '../../../shared/contract/print';
import type { AuditEvent } from '../audit/audit-log';

/** A page asking for print jobs in a loop cannot make core hold more than this many PDFs. */
const MAX_JOBS = 8;

interface Job<Owner> {
  bytes: Uint8Array;
  /** The session that made it: only that session's sign-in can have it printed. */
  owner: Owner;
  /** The "printed" entry, written when the bytes are handed to the print dialog. */
  audit: AuditEvent;
  expiresAt: number;
}

const unknownJob = (message: string) => new AppError('PRINT_JOB_UNKNOWN', message);

/**
 * PDFs waiting for the system print dialog, in memory only, behind opaque one-time
 * tokens. A print channel renders and checks access, then `add`s; main redeems the
 * token once with `take` and gets the bytes. A token is spent by its first `take`
 * (whatever comes of it), expires, belongs to the session that made it, and every job
 * goes when a session ends.
 */
export class PrintJobs<Owner extends object = object> {
  private readonly jobs = new Map<string, Job<Owner>>();
  constructor(private readonly now: () => number) {}

  add(owner: Owner, bytes: Uint8Array, audit: AuditEvent): string {
    this.sweep();
    const token = randomBytes(32).toString('base64url');
    this.jobs.set(token, { bytes, owner, audit, expiresAt: this.now() + PRINT_JOB_TTL_MS });
    return token;
  }

  take(token: string, owner: Owner | null): { bytes: Uint8Array; audit: AuditEvent } {
    const job = this.jobs.get(token);
    // Spent first: a refused redemption never leaves a token someone else could retry.
    this.jobs.delete(token);
    if (!job) throw unknownJob('no such print job (never made, already printed or expired)');
    if (this.now() > job.expiresAt) throw unknownJob('that print job has expired');
    if (owner === null || job.owner !== owner) throw unknownJob('that print job belongs to another sign-in');
    return { bytes: job.bytes, audit: job.audit };
  }

  /** How many are waiting (tests, and to show nothing lingers). */
  get size(): number {
    return this.jobs.size;
  }

  /** Every job forgotten (when a session ends). */
  clear(): void {
    this.jobs.clear();
  }

  private sweep(): void {
    const now = this.now();
    for (const [t, j] of this.jobs) if (now > j.expiresAt) this.jobs.delete(t);
    // Oldest first (a Map keeps insertion order).
    for (const t of this.jobs.keys()) {
      if (this.jobs.size < MAX_JOBS) break;
      this.jobs.delete(t);
    }
  }
}

import { APP_VERSION } from '../../shared/app-version';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { recoverInterruptedSwap } from './backup/restore';
import { clearStaleRekeyStaging } from './vault/rekey';
import { contract, isChannelName, type ChannelInput, type ChannelName, type ChannelOutput } from '../../shared/contract';
import { AppError, type AppErrorData, type Result } from '../../shared/errors';
import { issuesToFieldErrors } from '../../shared/validation';
import { Vault, isDamageError, type VaultOptions } from './vault/vault';
import { diskWriteError } from './db/write-errors';
import { SignInThrottle } from './vault/throttle';
import { handlers } from './handlers';
import { CoreEvents, type CoreState } from './state';
import { lock } from './services/auth';
import { BackupScheduler, type SchedulerOptions } from './backup/scheduler';
import { runScheduledBackup } from './backup/scheduled';
import { cancelOperation } from './backup/operations';
import { checkResidentAccess } from './access/gate';
import { PathGrants } from './grants/path-grants';
import { PrintJobs } from './pdf/print-jobs';
import { takePrintJob } from './pdf/print';
import { settlePendingExports } from './services/document-export-write';
import { DIALOG_KIND_NAMES, type DialogKind, type PathGrant } from '../../shared/contract/dialogs';

/** Long enough for the window to save a draft, short enough for a laptop lid closing. */
export const DEFAULT_LOCK_GRACE_MS = 800;

export interface CoreOptions extends VaultOptions {
  dataDir: string;
  version?: string;
  now?: () => number;
  /** Where internal errors are reported; never given inputs, only codes and messages. */
  log?: (line: string) => void;
  /**
   * Scheduled backups while signed in (default on). The CLI turns them off: a
   * command-line run must not start a backup nobody asked it for.
   */
  scheduledBackups?: boolean | Pick<SchedulerOptions, 'afterSignInMs' | 'everyMs'>;
}

/**
 * The whole back end behind one door. Every call, from Electron IPC, the test host or
 * the CLI, goes through dispatch: known channel → session and role → input schema →
 * resident access (need-to-know) → handler → output schema. Calls run one at a time, so a lock can never land inside
 * a half-finished transaction. The one exception is a channel marked `bypassQueue`
 * (backup.cancel): it must reach the long call it stops, so it runs at once, never
 * locks, and its handler only signals.
 */
export class Core {
  readonly state: CoreState;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly log: (line: string) => void;
  readonly scheduler: BackupScheduler | null;

  constructor(opts: CoreOptions) {
    const now = opts.now ?? Date.now;
    // A restore cut off mid-swap (crash, power cut) is finished or rolled back before
    // anything looks at the folder, so a half-swapped vault is never mistaken for none.
    if (existsSync(opts.dataDir)) recoverInterruptedSwap(opts.dataDir);
    // Then (never before: the swap journal may point into it) a re-key's unswapped staging goes.
    clearStaleRekeyStaging(opts.dataDir);
    const vault = new Vault(opts.dataDir, { nativeBinding: opts.nativeBinding, cacheKiB: opts.cacheKiB });
    this.state = {
      vault,
      throttle: new SignInThrottle(vault.paths.throttle, now),
      session: null,
      pendingSetup: null,
      version: opts.version ?? APP_VERSION,
      now,
      events: new CoreEvents(),
      grants: new PathGrants(now),
      printJobs: new PrintJobs(now),
    };
    this.log = opts.log ?? ((line) => process.stderr.write(line + '\n'));
    const sched = opts.scheduledBackups ?? true;
    this.scheduler = sched
      ? new BackupScheduler({
          ...(typeof sched === 'object' ? sched : {}),
          check: () => this.enqueue(() => this.scheduledCheck()),
          signedIn: () => this.state.session !== null,
          log: this.log,
        })
      : null;
  }

  get events(): CoreEvents {
    return this.state.events;
  }

  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>> {
    if (isChannelName(channel) && contract[channel].bypassQueue) return this.run(channel, input, true);
    return this.enqueue(() => this.run(channel, input));
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Typed convenience for in-process callers (CLI, tests): throws AppError on failure. */
  async call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const r = await this.dispatch(channel, input);
    if (!r.ok) throw new AppError(r.error.code, r.error.message, { fields: r.error.fields, retryAfterMs: r.error.retryAfterMs });
    return r.data as ChannelOutput<C>;
  }

  /**
   * Main (after a native dialog) and the test host (after a scripted one) hand core the
   * path a person chose and get a one-time token for the renderer, with the parts to show.
   * Never reachable from the renderer: it is no channel. Plain data in and out.
   */
  async grantPath(kind: DialogKind, path: string): Promise<Result<PathGrant>> {
    try {
      if (!DIALOG_KIND_NAMES.includes(kind)) throw new AppError('VALIDATION', 'unknown dialog kind');
      return { ok: true, data: this.state.grants.grant(kind, path) };
    } catch (e) {
      return { ok: false, error: this.toErrorData('grantPath', e) };
    }
  }

  /**
   * Main (when the page asks to print) redeems a print channel's one-time token for the
   * PDF's bytes, which it shows in the print dialog; the "printed" audit entry is written
   * first. Like grantPath, never reachable from the renderer. In the queue: it writes.
   */
  takePrintJob(token: string): Promise<Result<Uint8Array>> {
    return this.enqueue(async () => {
      try {
        if (await this.lockIfIdle()) throw new AppError('NOT_SIGNED_IN', 'locked after inactivity');
        return { ok: true as const, data: await takePrintJob(this.state, token) };
      } catch (e) {
        return { ok: false as const, error: this.toErrorData('takePrintJob', e) };
      }
    });
  }

  /** Locks from outside a call (OS lock, suspend, quit). */
  lock(reason: 'idle' | 'os' | 'manual' | 'shortcut'): Promise<void> {
    // A backup in progress would hold the queue (and the vault open) for minutes: stop it, it cleans up after itself.
    cancelOperation(this.state);
    this.scheduler?.stop();
    this.state.grants.clear();
    this.state.printJobs.clear();
    return this.enqueue(() => lock(this.state, reason));
  }

  /** A scheduled backup check, inside the queue: an idle session is locked, not backed up. */
  private async scheduledCheck(): Promise<void> {
    if (!this.state.session || (await this.lockIfIdle())) return;
    await runScheduledBackup(this.state);
  }

  /**
   * Locks from outside a call, but first gives the window `graceMs` to save unsaved
   * drafts and lock itself (OS lock, suspend, system idle). Whatever the window does,
   * the vault is locked when the grace period ends.
   */
  requestLock(reason: 'idle' | 'os', graceMs = DEFAULT_LOCK_GRACE_MS): Promise<void> {
    if (!this.state.session) return Promise.resolve();
    const session = this.state.session;
    this.state.events.emit('session.lockRequested', { reason, graceMs });
    return new Promise((resolve) => {
      setTimeout(() => {
        // Only the session that was asked to lock: never one signed in since.
        const still = this.state.session === session;
        (still ? this.lock(reason) : Promise.resolve()).then(resolve, resolve);
      }, graceMs).unref?.();
    });
  }

  /**
   * The signed-in session's idle limit, null while locked: main compares it with the
   * system's own idle time (forwarded through the thread host, see host/methods.ts).
   */
  idleLockMs(): number | null {
    return this.state.session?.idleLockMs ?? null;
  }

  async close(): Promise<void> {
    await this.lock('manual');
  }

  private async run(channel: unknown, rawInput: unknown, bypassQueue = false): Promise<Result<unknown>> {
    const sessionBefore = this.state.session;
    try {
      if (!isChannelName(channel)) throw new AppError('UNKNOWN_CHANNEL', 'unknown channel');
      const def = contract[channel];
      // Outside the queue another call may be mid-transaction: never lock from there, but
      // never serve an idle-expired session either (the next queued call locks it).
      if (bypassQueue && def.access !== 'public' && this.idleExpired()) throw new AppError('NOT_SIGNED_IN', 'locked after inactivity');
      const idleLocked = bypassQueue ? false : await this.lockIfIdle();
      this.checkAccess(channel, idleLocked);
      const parsed = (def.input as z.ZodType).safeParse(rawInput ?? {});
      if (!parsed.success) {
        throw new AppError('VALIDATION', 'input failed validation', { fields: issuesToFieldErrors(parsed.error.issues) });
      }
      await checkResidentAccess(this.state, channel, parsed.data);
      const handler = handlers[channel] as (i: unknown, s: CoreState) => unknown;
      const out = await handler(parsed.data, this.state);
      // Outputs are parsed too: anything not declared (a hash, a key) is stripped.
      const data = (def.output as z.ZodType).parse(out);
      // Only signed-in work counts as activity: a window polling app.status must not keep the vault open.
      // A cancel is no reason to keep the vault open longer.
      if (this.state.session && def.access !== 'public' && !bypassQueue) this.state.session.lastActivity = this.state.now();
      this.noticeSessionChange(sessionBefore);
      return { ok: true, data };
    } catch (e) {
      this.noticeSessionChange(sessionBefore);
      return { ok: false, error: this.toErrorData(channel, e) };
    }
  }

  /** Sign-in starts the backup schedule; a lock (any path) stops it. */
  private noticeSessionChange(before: CoreState['session']): void {
    const now = this.state.session;
    if (now === before) return;
    if (now) {
      this.scheduler?.signedIn();
      // A document export cut short by a crash: its partial file goes, first thing after sign-in.
      this.enqueue(() => (this.state.session === now ? settlePendingExports(now.db) : Promise.resolve([]))).catch((e: unknown) =>
        this.log(`[core] pending exports: ${(e as Error)?.message ?? String(e)}`),
      );
    } else {
      this.scheduler?.stop();
      // A choice made in one person's session is not the next person's to use, nor is a page to print.
      this.state.grants.clear();
      this.state.printJobs.clear();
    }
  }

  /**
   * Core enforces the idle limit itself, before any channel (public ones included),
   * even if the window's own timer never fired. True when this call locked the vault.
   */
  private async lockIfIdle(): Promise<boolean> {
    if (!this.idleExpired()) return false;
    await lock(this.state, 'idle');
    return true;
  }

  private idleExpired(): boolean {
    const session = this.state.session;
    return session !== null && this.state.now() - session.lastActivity > session.idleLockMs;
  }

  private checkAccess(channel: ChannelName, idleLocked: boolean): void {
    const access = contract[channel].access;
    if (access === 'public') return;
    const session = this.state.session;
    if (!session) throw new AppError('NOT_SIGNED_IN', idleLocked ? 'locked after inactivity' : 'vault is locked');
    if (!access.includes(session.user.role)) throw new AppError('PERMISSION_DENIED', `role ${session.user.role} may not call ${channel}`);
    // A temporary password was chosen by someone else: nothing else until it is replaced.
    if (session.user.mustChangePassword && !contract[channel].beforePasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 'the temporary password must be changed first');
    }
  }

  private toErrorData(channel: unknown, e: unknown): AppErrorData {
    if (e instanceof AppError) return e.toData();
    if (isDamageError(e)) return { code: 'DATABASE_DAMAGED', message: 'the database is damaged' };
    const disk = diskWriteError(e);
    if (disk) return disk.toData();
    this.log(`[core] internal error on ${String(channel)}: ${(e as Error)?.stack ?? String(e)}`);
    return { code: 'INTERNAL', message: 'internal error' };
  }
}

export { AppError };

import { existsSync } from 'node:fs';
import { z } from 'zod';
import { recoverInterruptedSwap } from './backup/restore';
import { contract, isChannelName, type ChannelInput, type ChannelName, type ChannelOutput } from '../../shared/contract';
import { AppError, type AppErrorData, type Result } from '../../shared/errors';
import { issuesToFieldErrors } from '../../shared/validation';
import { Vault, isDamageError, type VaultOptions } from './vault/vault';
import { diskWriteError } from './db/write-errors';
import { SignInThrottle } from './vault/throttle';
import { handlers } from './handlers';
import { CoreEvents, type CoreState } from './state';
import { lock } from './services/auth';

/** Long enough for the window to save a draft, short enough for a laptop lid closing. */
export const DEFAULT_LOCK_GRACE_MS = 800;

export interface CoreOptions extends VaultOptions {
  dataDir: string;
  version?: string;
  now?: () => number;
  /** Where internal errors are reported; never given inputs, only codes and messages. */
  log?: (line: string) => void;
}

/**
 * The whole back end behind one door. Every call, from Electron IPC, the test host or
 * the CLI, goes through dispatch: known channel → session and role → input schema →
 * handler → output schema. Calls run one at a time, so a lock can never land inside
 * a half-finished transaction.
 */
export class Core {
  readonly state: CoreState;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly log: (line: string) => void;

  constructor(opts: CoreOptions) {
    const now = opts.now ?? Date.now;
    // A restore cut off mid-swap (crash, power cut) is finished or rolled back before
    // anything looks at the folder, so a half-swapped vault is never mistaken for none.
    if (existsSync(opts.dataDir)) recoverInterruptedSwap(opts.dataDir);
    const vault = new Vault(opts.dataDir, { nativeBinding: opts.nativeBinding, cacheKiB: opts.cacheKiB });
    this.state = {
      vault,
      throttle: new SignInThrottle(vault.paths.throttle, now),
      session: null,
      pendingSetup: null,
      version: opts.version ?? '0.0.0',
      now,
      events: new CoreEvents(),
    };
    this.log = opts.log ?? ((line) => process.stderr.write(line + '\n'));
  }

  get events(): CoreEvents {
    return this.state.events;
  }

  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>> {
    const run = this.queue.then(() => this.run(channel, input));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Typed convenience for in-process callers (CLI, tests): throws AppError on failure. */
  async call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const r = await this.dispatch(channel, input);
    if (!r.ok) throw new AppError(r.error.code, r.error.message, { fields: r.error.fields, retryAfterMs: r.error.retryAfterMs });
    return r.data as ChannelOutput<C>;
  }

  /** Locks from outside a call (OS lock, suspend, quit). */
  lock(reason: 'idle' | 'os' | 'manual' | 'shortcut'): Promise<void> {
    const run = this.queue.then(() => lock(this.state, reason));
    this.queue = run.catch(() => undefined);
    return run;
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

  async close(): Promise<void> {
    await this.lock('manual');
  }

  private async run(channel: unknown, rawInput: unknown): Promise<Result<unknown>> {
    try {
      if (!isChannelName(channel)) throw new AppError('UNKNOWN_CHANNEL', 'unknown channel');
      const def = contract[channel];
      const idleLocked = await this.lockIfIdle();
      this.checkAccess(channel, idleLocked);
      const parsed = (def.input as z.ZodType).safeParse(rawInput ?? {});
      if (!parsed.success) {
        throw new AppError('VALIDATION', 'input failed validation', { fields: issuesToFieldErrors(parsed.error.issues) });
      }
      const handler = handlers[channel] as (i: unknown, s: CoreState) => unknown;
      const out = await handler(parsed.data, this.state);
      // Outputs are parsed too: anything not declared (a hash, a key) is stripped.
      const data = (def.output as z.ZodType).parse(out);
      // Only signed-in work counts as activity: a window polling app.status must not keep the vault open.
      if (this.state.session && def.access !== 'public') this.state.session.lastActivity = this.state.now();
      return { ok: true, data };
    } catch (e) {
      return { ok: false, error: this.toErrorData(channel, e) };
    }
  }

  /**
   * Core enforces the idle limit itself, before any channel (public ones included),
   * even if the window's own timer never fired. True when this call locked the vault.
   */
  private async lockIfIdle(): Promise<boolean> {
    const session = this.state.session;
    if (!session || this.state.now() - session.lastActivity <= session.idleLockMs) return false;
    await lock(this.state, 'idle');
    return true;
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

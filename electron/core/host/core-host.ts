import { Worker } from 'node:worker_threads';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { AppError, type AppErrorData, type Result } from '../../../shared/errors';
import { CoreEvents } from '../state';
import type { LockReason } from '../../../shared/contract/channels/auth';
import type { ForwardedArgs, ForwardedMethod, ForwardedResult } from './methods';
import type { FromWorker, HostRequest, WorkerCoreOptions, WorkerStart } from './protocol';
import { coreWorkerScript, type WorkerScript } from './worker-file';

export interface CoreHostOptions extends WorkerCoreOptions {
  /** Where core's internal errors and worker failures are reported; stderr by default. */
  log?: (line: string) => void;
  /** Test hosts only: modules whose `workerExtensions` run beside core in the worker. */
  extensions?: string[];
  /** Told when the worker stopped without being asked (after pending calls were answered). */
  onStopped?: (detail: string) => void;
}

type Pending = (answer: Result<unknown>) => void;

const STOPPED: AppErrorData = { code: 'CORE_STOPPED', message: 'core stopped unexpectedly; the vault is locked' };

/**
 * Core behind a worker thread, with Core's own shape for its callers (Electron main, the
 * test host): dispatch, call, lock, requestLock, close, events, plus the methods listed
 * in methods.ts through `invoke`. The worker owns the Core and its gate, so nothing that
 * arrives here is trusted: channel inputs travel raw and are validated in the worker.
 *
 * If the worker dies, every call waiting on it is answered with CORE_STOPPED, the
 * callers hear `session.locked` with reason 'fault' (the database went with the thread:
 * nothing is open), and the next call starts a fresh worker, locked.
 */
export class CoreHost {
  readonly events = new CoreEvents();
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly script: WorkerScript;
  private readonly log: (line: string) => void;

  constructor(private readonly opts: CoreHostOptions) {
    this.script = coreWorkerScript();
    this.log = opts.log ?? ((line) => process.stderr.write(line + '\n'));
  }

  /** True while a worker is running (it starts with the first call). */
  get running(): boolean {
    return this.worker !== null;
  }

  /** The worker's thread id, once started: tests and logs tell the threads apart by it. */
  get threadId(): number | null {
    return this.worker?.threadId ?? null;
  }

  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>> {
    // The worker's answer wraps core's own Result; a dead worker's is CORE_STOPPED.
    return this.send({ kind: 'dispatch', channel, input }).then((r) => (r.ok ? (r.data as Result<unknown>) : r));
  }

  /** Typed convenience, as Core.call: throws AppError on failure. */
  async call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    return valueOf(await this.dispatch(channel, input)) as ChannelOutput<C>;
  }

  /** Without a worker nothing is open: there is nothing to lock. A worker that dies meanwhile leaves nothing open either. */
  lock(reason: LockReason): Promise<void> {
    if (!this.worker) return Promise.resolve();
    return this.send({ kind: 'lock', reason }).then(doneUnlessFailed);
  }

  requestLock(reason: 'idle' | 'os', graceMs?: number): Promise<void> {
    if (!this.worker) return Promise.resolve();
    return this.send({ kind: 'requestLock', reason, ...(graceMs === undefined ? {} : { graceMs }) }).then(doneUnlessFailed);
  }

  /** Locks, then ends the worker and waits for it to be gone: the key goes with the thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    doneUnlessFailed(await this.send({ kind: 'close' }));
    if (this.worker !== worker) return;
    this.worker = null;
    await worker.terminate();
  }

  /** One of Core's forwarded methods (methods.ts), run in the worker. */
  async invoke<M extends ForwardedMethod>(method: M, ...args: ForwardedArgs<M>): Promise<ForwardedResult<M>> {
    return valueOf(await this.send({ kind: 'invoke', method, args })) as ForwardedResult<M>;
  }

  /** A path the person chose in a dialog, handed to core for a one-time token (main's dialogs, the test host's script). */
  grantPath(...args: ForwardedArgs<'grantPath'>): Promise<ForwardedResult<'grantPath'>> {
    return this.invoke('grantPath', ...args);
  }

  /** A print channel's one-time token redeemed for the PDF's bytes (main's Print, the test host's stand-in). */
  takePrintJob(...args: ForwardedArgs<'takePrintJob'>): Promise<ForwardedResult<'takePrintJob'>> {
    return this.invoke('takePrintJob', ...args);
  }

  /** A test host's worker extension (CoreHostOptions.extensions). */
  async extension<T>(name: string, ...args: unknown[]): Promise<T> {
    return valueOf(await this.send({ kind: 'extension', name, args })) as T;
  }

  private send(request: HostRequest): Promise<Result<unknown>> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((settle) => {
      this.pending.set(id, settle);
      worker.postMessage({ ...request, id });
    });
  }

  private start(): Worker {
    const data: WorkerStart & { boot?: WorkerScript['boot'] } = {
      options: withoutFunctions(this.opts),
      extensions: this.opts.extensions ?? [],
      ...(this.script.boot ? { boot: this.script.boot } : {}),
    };
    const worker = new Worker(this.script.script, { eval: this.script.eval, workerData: data });
    this.worker = worker;
    worker.on('message', (m: FromWorker) => this.receive(m));
    worker.on('error', (e) => this.log(`[core-host] the core worker failed: ${e?.stack ?? String(e)}`));
    worker.once('exit', (code) => this.exited(worker, code));
    return worker;
  }

  private receive(m: FromWorker): void {
    if (m.kind === 'log') return this.log(m.line);
    if (m.kind === 'event') return this.events.emit(m.name, m.payload as never);
    const settle = this.pending.get(m.id);
    if (!settle) return;
    this.pending.delete(m.id);
    settle(m.ok ? { ok: true, data: m.value } : { ok: false, error: m.error });
  }

  private exited(worker: Worker, code: number): void {
    // close() ended it on purpose, after every call was answered.
    if (this.worker !== worker) return;
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const settle of waiting) settle({ ok: false, error: STOPPED });
    const detail = `the core worker stopped (exit code ${code})`;
    this.log(`[core-host] ${detail}; the vault is locked and the next call starts a new worker`);
    this.events.emit('session.locked', { reason: 'fault' });
    this.opts.onStopped?.(detail);
  }
}

function valueOf(r: Result<unknown>): unknown {
  if (r.ok) return r.data;
  throw new AppError(r.error.code, r.error.message, { fields: r.error.fields, retryAfterMs: r.error.retryAfterMs });
}

/** Locks and close: a worker that died meanwhile took the open vault with it, which is what a lock wants. */
function doneUnlessFailed(r: Result<unknown>): void {
  if (!r.ok && r.error.code !== 'CORE_STOPPED') valueOf(r);
}

function withoutFunctions(opts: CoreHostOptions): WorkerCoreOptions {
  const { log: _log, extensions: _extensions, onStopped: _onStopped, ...rest } = opts;
  return rest;
}

/**
 * The thread that owns the Core (entry point of the worker CoreHost starts). Everything
 * core does (Argon2id, backups, restores, queries) runs here, so the thread that relays
 * the window's calls never waits on it.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { EVENT_NAMES } from '../../../shared/contract/events';
import { AppError, type AppErrorData } from '../../../shared/errors';
import { Core } from '../core';
import { isForwardedMethod } from './methods';
import { toWorkerSchema, type FromWorker, type ToWorker, type WorkerStart } from './protocol';

type Extension = (core: Core, ...args: unknown[]) => unknown;

const port = parentPort;
if (!port) throw new Error('core-worker runs only as a worker thread');
const send = (m: FromWorker): void => port.postMessage(m);

const start = workerData as WorkerStart;
const core = new Core({ ...start.options, log: (line) => send({ kind: 'log', line }) });
for (const name of EVENT_NAMES) core.events.on(name, (payload) => send({ kind: 'event', name, payload }));
const extensions = loadExtensions(start.extensions);

function loadExtensions(modules: string[]): Map<string, Extension> {
  const found = new Map<string, Extension>();
  if (modules.length === 0) return found;
  const load = createRequire(__filename);
  for (const file of modules) {
    const exported = (load(file) as { workerExtensions?: Record<string, Extension> }).workerExtensions ?? {};
    for (const [name, fn] of Object.entries(exported)) found.set(name, fn);
  }
  return found;
}

function perform(m: ToWorker): unknown {
  switch (m.kind) {
    case 'dispatch':
      return core.dispatch(m.channel, m.input);
    case 'lock':
      return core.lock(m.reason);
    case 'requestLock':
      return core.requestLock(m.reason, m.graceMs);
    case 'close':
      return core.close();
    case 'invoke': {
      // Only the listed methods: never the constructor, `state` or anything added later by accident.
      if (!isForwardedMethod(m.method)) throw new AppError('UNKNOWN_CHANNEL', `core has no forwarded method ${m.method}`);
      const fn = core[m.method] as (...args: unknown[]) => unknown;
      return fn.apply(core, m.args);
    }
    case 'extension': {
      const fn = extensions.get(m.name);
      if (!fn) throw new AppError('UNKNOWN_CHANNEL', `no worker extension ${m.name}`);
      return fn(core, ...m.args);
    }
  }
}

function errorData(e: unknown): AppErrorData {
  if (e instanceof AppError) return e.toData();
  send({ kind: 'log', line: `[core-worker] internal error: ${(e as Error)?.stack ?? String(e)}` });
  return { code: 'INTERNAL', message: 'internal error' };
}

port.on('message', (raw: unknown) => {
  const parsed = toWorkerSchema.safeParse(raw);
  if (!parsed.success) {
    // Without a valid id nobody waits for an answer; say so where internal errors go.
    send({ kind: 'log', line: '[core-worker] malformed request refused' });
    return;
  }
  const m = parsed.data;
  Promise.resolve()
    .then(() => perform(m))
    .then(
      (value) => send({ kind: 'result', id: m.id, ok: true, value }),
      (e: unknown) => send({ kind: 'result', id: m.id, ok: false, error: errorData(e) }),
    );
});

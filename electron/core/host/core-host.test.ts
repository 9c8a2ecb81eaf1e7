import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { threadId, Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/contract/events';
import { AppError } from '../../../shared/errors';
import { THROTTLE_FILE } from '../paths';
import { useVaultTemplate } from '../testing/vault-fixture';
import { CoreHost } from './core-host';
import type { FromWorker } from './protocol';
import { coreWorkerScript } from './worker-file';

/**
 * Core behind a worker thread, against real encrypted vaults: the work happens on another
 * thread, the gate still decides, events arrive, and a dead worker is reported, leaves the
 * vault locked and is replaced on the next call.
 */
const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true });
const EXTENSIONS = [join(__dirname, '..', 'testing', 'host-extensions.ts')];

const hosts: CoreHost[] = [];
function startHost(opts: { onStopped?: (detail: string) => void } = {}): { host: CoreHost; dir: string; logged: string[] } {
  const dir = suite.fresh();
  const logged: string[] = [];
  const host = new CoreHost({ dataDir: dir, scheduledBackups: false, extensions: EXTENSIONS, log: (l) => logged.push(l), ...opts });
  hosts.push(host);
  return { host, dir, logged };
}
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

function manager() {
  return suite.template.manager;
}

/** Collects one event's payloads from the host's own emitter. */
function collect<E extends 'session.locked' | 'session.lockRequested'>(host: CoreHost, event: E): EventPayload<E>[] {
  const seen: EventPayload<E>[] = [];
  host.events.on(event, (p) => seen.push(p));
  return seen;
}

describe('CoreHost', () => {
  it('runs core on another thread: a sign-in runs its Argon2id to the end while this thread never yields', async () => {
    const { host, dir } = startHost();
    await host.call('app.status', {});
    const throttle = join(dir, THROTTLE_FILE);
    const before = existsSync(throttle) ? readFileSync(throttle, 'utf8') : '';

    // A wrong password costs the full key derivation, then core records the failure on disk.
    const answer = host.dispatch('auth.signIn', { username: manager().username, password: 'Not-The-Password-2041!' });
    // This thread spins without ever returning to its event loop: an in-process core could
    // not start, let alone finish. The deadline only stops a broken build from hanging.
    const giveUpAt = Date.now() + 60_000;
    let written = false;
    while (!written && Date.now() < giveUpAt) written = existsSync(throttle) && readFileSync(throttle, 'utf8') !== before;
    expect(written).toBe(true);

    const r = await answer;
    expect(r.ok ? null : r.error.code).toBe('WRONG_CREDENTIALS');
    expect(host.threadId).not.toBeNull();
    expect(host.threadId).not.toBe(threadId);
  });

  it('keeps the session in the worker: the Core that signed in is not on the calling thread', async () => {
    const { host } = startHost();
    const user = await host.call('auth.signIn', { username: manager().username, password: manager().password });
    expect(user.username).toBe(manager().username);
    const where = await host.extension<{ threadId: number; isMainThread: boolean; signedInAs: string | null }>('whereIsCore');
    expect(where).toEqual({ threadId: host.threadId, isMainThread: false, signedInAs: manager().username });
    expect(where.threadId).not.toBe(threadId);
    expect(await host.invoke('idleLockMs')).toBeGreaterThan(0);
    await host.lock('manual');
    expect(await host.invoke('idleLockMs')).toBeNull();
  });

  it("forwards core's events: a lock, and a lock request with its grace period", async () => {
    const { host } = startHost();
    const locked = collect(host, 'session.locked');
    const requested = collect(host, 'session.lockRequested');
    await host.call('auth.signIn', { username: manager().username, password: manager().password });
    await host.requestLock('os', 50);
    expect(requested).toEqual([{ reason: 'os', graceMs: 50 }]);
    expect(locked).toEqual([{ reason: 'os' }]);
    expect((await host.call('app.status', {})).signedIn).toBe(false);
    await host.call('auth.signIn', { username: manager().username, password: manager().password });
    await host.lock('shortcut');
    expect(locked).toEqual([{ reason: 'os' }, { reason: 'shortcut' }]);
  });

  it('still refuses at the gate: unknown channels, bad input, no session, the wrong role, unknown methods', async () => {
    const { host } = startHost();
    const code = async (channel: unknown, input: unknown) => {
      const r = await host.dispatch(channel, input);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await code('no.such.channel', {})).toBe('UNKNOWN_CHANNEL');
    expect(await code({ not: 'a name' }, {})).toBe('UNKNOWN_CHANNEL');
    expect(await code('auth.signIn', { username: 42, password: [] })).toBe('VALIDATION');
    expect(await code('users.list', {})).toBe('NOT_SIGNED_IN');

    const counsellor = suite.template.staff.counsellor!;
    await host.call('auth.signIn', { username: counsellor.username, password: counsellor.password });
    expect(await code('users.list', {})).toBe('PERMISSION_DENIED');
    const refused = await host.dispatch('users.create', {
      fullName: 'Not Allowed',
      username: 'not.allowed',
      role: 'manager',
      password: 'x',
    });
    expect(refused.ok ? null : refused.error.code).toBe('PERMISSION_DENIED');

    // Only the listed Core methods cross the thread: not `constructor`, not `run`, not `state`.
    for (const name of ['constructor', 'run', 'checkAccess', 'state']) {
      await expect(host.invoke(name as 'idleLockMs')).rejects.toMatchObject({ code: 'UNKNOWN_CHANNEL' });
    }
    await expect(host.extension('no-such-extension')).rejects.toBeInstanceOf(AppError);
  });

  it('reports a dead worker, answers what was waiting, leaves the vault locked, and starts again on the next call', async () => {
    const stopped: string[] = [];
    const { host, logged } = startHost({ onStopped: (d) => stopped.push(d) });
    const locked = collect(host, 'session.locked');
    await host.call('auth.signIn', { username: manager().username, password: manager().password });
    const first = host.threadId;

    await expect(host.extension('crash')).rejects.toMatchObject({ code: 'CORE_STOPPED' });
    expect(stopped).toHaveLength(1);
    expect(locked).toEqual([{ reason: 'fault' }]);
    expect(host.running).toBe(false);
    expect(logged.join('\n')).toContain('a fault inside the core worker');
    // Nothing is open while no worker runs: a lock (quit, OS lock) has nothing to wait for.
    await host.lock('os');

    const status = await host.call('app.status', {});
    expect(status).toMatchObject({ vault: 'ready', signedIn: false });
    expect(host.threadId).not.toBe(first);
    await host.call('auth.signIn', { username: manager().username, password: manager().password });
    expect((await host.call('users.list', {})).some((u) => u.username === manager().username)).toBe(true);
  });

  it('closes by locking and waiting for the worker to end', async () => {
    const { host } = startHost();
    const locked = collect(host, 'session.locked');
    await host.call('auth.signIn', { username: manager().username, password: manager().password });
    await host.close();
    expect(host.running).toBe(false);
    expect(locked).toEqual([{ reason: 'manual' }]);
  });

  it('hands the native module path to the worker: a wrong one fails there, named in the log', async () => {
    const dir = suite.fresh();
    const logged: string[] = [];
    const missing = join(dir, 'no-such-build', 'better_sqlite3.node');
    const host = new CoreHost({ dataDir: dir, scheduledBackups: false, nativeBinding: missing, log: (l) => logged.push(l) });
    hosts.push(host);
    const r = await host.dispatch('auth.signIn', { username: manager().username, password: manager().password });
    expect(r.ok ? null : r.error.code).toBe('INTERNAL');
    expect(logged.join('\n')).toContain(missing);
  });
});

describe('core worker', () => {
  it('refuses malformed envelopes and keeps answering well-formed ones', async () => {
    const { script, eval: isEval, boot } = coreWorkerScript();
    const worker = new Worker(script, {
      eval: isEval,
      workerData: { options: { dataDir: suite.fresh(), scheduledBackups: false }, extensions: [], ...(boot ? { boot } : {}) },
    });
    const messages: FromWorker[] = [];
    const answered = new Promise<FromWorker>((done) =>
      worker.on('message', (m: FromWorker) => {
        messages.push(m);
        if (m.kind === 'result') done(m);
      }),
    );
    try {
      for (const bad of [
        null,
        'dispatch',
        { kind: 'dispatch' },
        { kind: 'invoke', id: 1, method: 'idleLockMs' },
        { kind: 'eval', id: 2 },
        { kind: 'lock', id: 3, reason: 'fault' },
      ]) {
        worker.postMessage(bad);
      }
      worker.postMessage({ kind: 'dispatch', id: 9, channel: 'app.status', input: {} });
      const result = await answered;
      expect(result).toMatchObject({ kind: 'result', id: 9, ok: true, value: { ok: true, data: { vault: 'ready', signedIn: false } } });
      // Six refusals said where errors go, and none of them ran anything.
      expect(messages.filter((m) => m.kind === 'log' && m.line.includes('malformed request refused'))).toHaveLength(6);
      expect(messages.filter((m) => m.kind === 'result')).toHaveLength(1);
    } finally {
      await worker.terminate();
    }
  });
});

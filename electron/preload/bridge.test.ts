import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../shared/contract';
import type { AmizeroBridge } from '../../shared/contract/bridge';
import { createBridge, type RendererIpc } from './bridge';

function fakeIpc() {
  const emitter = new EventEmitter();
  const sent: { channel: string; input: unknown }[] = [];
  const ipc: RendererIpc = {
    invoke: (channel, input) => {
      sent.push({ channel, input });
      return Promise.resolve({ ok: true, data: channel });
    },
    on: (channel, listener) => emitter.on(channel, listener),
    removeListener: (channel, listener) => emitter.removeListener(channel, listener),
  };
  return { ipc, sent, emitter };
}

/** What page code could pass if it ignored the types. */
type Untyped = { invoke(channel: string, input: unknown): Promise<unknown>; on(event: string, listener: unknown): () => void };

describe('preload bridge', () => {
  it('has exactly invoke, on, chooseDialog, print and host', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['chooseDialog', 'host', 'invoke', 'on', 'print']);
    expect(bridge.host).toBe('electron');
  });

  it('sends every contract channel under the IPC prefix', async () => {
    const { ipc, sent } = fakeIpc();
    const bridge = createBridge(ipc);
    for (const name of CHANNEL_NAMES) await (bridge as unknown as Untyped).invoke(name, { x: 1 });
    expect(sent.map((s) => s.channel)).toEqual(CHANNEL_NAMES.map((n) => IPC_PREFIX + n));
  });

  it('answers unknown channels itself, without sending anything', async () => {
    const { ipc, sent } = fakeIpc();
    const bridge = createBridge(ipc) as unknown as Untyped;
    for (const name of ['fs.readFile', '__proto__', 'toString', 'constructor', '', 'event:session.locked']) {
      expect(await bridge.invoke(name, {})).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: expect.any(String) } });
    }
    expect(sent).toEqual([]);
  });

  it('relays only the payload of contract events, and unsubscribes', () => {
    const { ipc, emitter } = fakeIpc();
    const bridge: AmizeroBridge = createBridge(ipc);
    const got: unknown[] = [];
    const off = bridge.on('session.locked', (p) => got.push(p));
    emitter.emit(`${IPC_PREFIX}event:session.locked`, { sender: 'not for the page' }, { reason: 'os' });
    off();
    emitter.emit(`${IPC_PREFIX}event:session.locked`, {}, { reason: 'idle' });
    expect(got).toEqual([{ reason: 'os' }]);
    expect(emitter.listenerCount(`${IPC_PREFIX}event:session.locked`)).toBe(0);
  });

  it('sends well-formed dialog requests to main and answers malformed ones itself', async () => {
    const { ipc, sent } = fakeIpc();
    const bridge = createBridge(ipc);
    await bridge.chooseDialog({ kind: 'backupFolder' });
    await bridge.chooseDialog({ kind: 'documentExport', suggestedName: 'plan.pdf' });
    const untyped = bridge.chooseDialog as (r: unknown) => Promise<unknown>;
    for (const bad of [
      { kind: 'anyFile' },
      { kind: 'backupFolder', path: '/etc' },
      { kind: 'documentExport', suggestedName: '../x.pdf' },
      null,
    ]) {
      expect(await untyped(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(sent).toEqual([
      { channel: 'amizero:dialog', input: { kind: 'backupFolder' } },
      { channel: 'amizero:dialog', input: { kind: 'documentExport', suggestedName: 'plan.pdf' } },
    ]);
  });

  it('sends well-formed print requests to main and answers malformed ones itself', async () => {
    const { ipc, sent } = fakeIpc();
    const bridge = createBridge(ipc);
    const token = 'A'.repeat(43);
    await bridge.print({ token });
    const untyped = bridge.print as (r: unknown) => Promise<unknown>;
    for (const bad of [{ token: 'short' }, { token, path: '/tmp/x.pdf' }, { token: '../'.repeat(14) + 'x' }, null, 'A'.repeat(43)]) {
      expect(await untyped(bad)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(sent).toEqual([{ channel: 'amizero:print', input: { token } }]);
  });

  it('refuses unknown events and non-function listeners', () => {
    const bridge = createBridge(fakeIpc().ipc) as unknown as Untyped;
    expect(() => bridge.on('app.status', () => {})).toThrow(TypeError);
    expect(() => bridge.on('session.locked', 'alert(1)')).toThrow(TypeError);
  });
});

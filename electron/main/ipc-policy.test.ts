import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES, IPC_PREFIX } from '../../shared/contract';
import { boundChannels, forbiddenSender, forwardedEvents, isTrustedSender } from './ipc-policy';

const ours = { url: 'app://amizero/index.html', fromOurWindow: true, isMainFrame: true };

describe('IPC sender check', () => {
  it('trusts only the main frame of our window showing our page', () => {
    expect(isTrustedSender(ours)).toBe(true);
    expect(isTrustedSender({ ...ours, url: 'app://amizero/staff' })).toBe(true);
  });

  it('refuses iframes, other windows, foreign pages and vanished frames', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...ours, fromOurWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ours, url: undefined })).toBe(false);
    expect(isTrustedSender({ ...ours, url: '' })).toBe(false);
    for (const url of [
      'https://example.org/',
      'file:///index.html',
      'app://amizero.evil/',
      'app://other/',
      'about:blank',
      'data:text/html,x',
    ]) {
      expect(isTrustedSender({ ...ours, url }), url).toBe(false);
    }
  });

  it('accepts the dev server page only when running against it', () => {
    const dev = { ...ours, url: 'http://localhost:5173/' };
    expect(isTrustedSender(dev)).toBe(false);
    expect(isTrustedSender(dev, { devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(isTrustedSender({ ...dev, url: 'http://localhost:9999/' }, { devServerUrl: 'http://localhost:5173' })).toBe(false);
  });

  it('answers a refused sender with the FORBIDDEN_SENDER envelope', () => {
    expect(forbiddenSender()).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } });
  });
});

describe('IPC channel binding', () => {
  it('binds every contract channel exactly once, under the prefix', () => {
    const bound = boundChannels();
    expect(bound.map((b) => b.channel).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(new Set(bound.map((b) => b.ipcName)).size).toBe(CHANNEL_NAMES.length);
    for (const b of bound) expect(b.ipcName).toBe(IPC_PREFIX + b.channel);
    expect(CHANNEL_NAMES.length).toBeGreaterThan(0);
  });

  it('forwards every contract event on its own prefixed name, apart from the channels', () => {
    const events = forwardedEvents();
    expect(events.map((e) => e.event).sort()).toEqual([...EVENT_NAMES].sort());
    expect(events.find((e) => e.event === 'session.locked')?.ipcName).toBe(`${IPC_PREFIX}event:session.locked`);
    const channelNames = new Set(boundChannels().map((b) => b.ipcName));
    for (const e of events) expect(channelNames.has(e.ipcName)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { openCore, signIn, useVaultTemplate } from './testing/vault-fixture';

const suite = useVaultTemplate();

/** OS lock and sleep ask the window to save and lock; core locks regardless once the grace ends. */
describe('requestLock', () => {
  it('announces the lock, then locks by itself when the window does nothing', async () => {
    const core = openCore(suite.fresh());
    await signIn(core, suite.template.manager);
    const seen: string[] = [];
    core.events.on('session.lockRequested', (e) => seen.push(`requested:${e.reason}:${e.graceMs}`));
    core.events.on('session.locked', (e) => seen.push(`locked:${e.reason}`));
    const done = core.requestLock('os', 50);
    expect(seen).toEqual(['requested:os:50']);
    expect(core.state.session).not.toBeNull();
    await done;
    expect(core.state.session).toBeNull();
    expect(seen).toEqual(['requested:os:50', 'locked:os']);
    await core.close();
  });

  it('when the window locks within the grace period, the vault is locked once', async () => {
    const core = openCore(suite.fresh());
    await signIn(core, suite.template.manager);
    const locked: string[] = [];
    core.events.on('session.locked', (e) => locked.push(e.reason));
    core.events.on('session.lockRequested', (e) => void core.call('auth.lock', { reason: e.reason }));
    await core.requestLock('os', 50);
    expect(core.state.session).toBeNull();
    expect(locked).toEqual(['os']);
    await core.close();
  });

  it('never locks a session that began after the request', async () => {
    const core = openCore(suite.fresh());
    await signIn(core, suite.template.manager);
    const done = core.requestLock('idle', 400);
    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, suite.template.manager);
    await done;
    expect(core.state.session?.user.id).toBe(suite.template.manager.id);
    await core.close();
  });

  it('does nothing while already locked', async () => {
    const core = openCore(suite.fresh());
    const events: string[] = [];
    core.events.on('session.lockRequested', () => events.push('requested'));
    await core.requestLock('os', 10);
    expect(events).toEqual([]);
  });
});

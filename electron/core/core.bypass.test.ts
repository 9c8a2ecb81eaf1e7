import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract } from '../../shared/contract';
import { openCore, signIn, TestClock, useVaultTemplate } from './testing/vault-fixture';

/**
 * Channels marked bypassQueue run beside whatever call holds core's queue. Only a
 * signal may do that: anything touching the database could land inside another
 * call's transaction, or race a lock.
 */
const suite = useVaultTemplate();

describe("core's queue bypass", () => {
  it('is granted to backup.cancel only', () => {
    expect(CHANNEL_NAMES.filter((c) => contract[c].bypassQueue)).toEqual(['backup.cancel']);
  });

  it('answers while a queued call is still waiting, and still checks the role', async () => {
    const core = openCore(suite.fresh('bypass'), { scheduledBackups: false });
    await signIn(core, suite.template.manager);
    const order: string[] = [];
    // Hold the queue with a call that cannot finish until we let it.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const held = (core as unknown as { enqueue(fn: () => Promise<void>): Promise<void> }).enqueue(() => gate);
    const queued = core.dispatch('settings.get', {}).then(() => order.push('queued'));
    const bypass = core.dispatch('backup.cancel', {}).then((r) => {
      order.push('bypass');
      return r;
    });
    expect(await bypass).toEqual({ ok: true, data: { cancelled: false } });
    expect(order).toEqual(['bypass']);
    release();
    await held;
    await queued;
    expect(order).toEqual(['bypass', 'queued']);
    await core.call('auth.lock', { reason: 'manual' });
    expect(await core.dispatch('backup.cancel', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  it('never revives or locks an idle-expired session itself', async () => {
    const clock = new TestClock();
    const core = openCore(suite.fresh('bypass-idle'), { now: clock.now, scheduledBackups: false });
    await signIn(core, suite.template.manager);
    clock.advance(core.state.session!.idleLockMs + 1);
    expect(await core.dispatch('backup.cancel', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    // Left for the next queued call, which locks it.
    expect(core.state.session).not.toBeNull();
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(core.state.session).toBeNull();
  });
});

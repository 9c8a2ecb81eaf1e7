import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditEntryView } from '../../../shared/domain/audit';
import { delayAfter, FREE_ATTEMPTS } from '../vault/throttle';
import { generateRecoveryKey } from '../vault/recovery-key';
import { KEYRING_FILE, THROTTLE_FILE } from '../paths';
import { expectError, openCore, signIn, TestClock, useVaultTemplate } from '../testing/vault-fixture';
import { snapshotFiles } from '../testing/files';

const suite = useVaultTemplate({ staff: ['counsellor'] });
const manager = () => suite.template.manager;
const counsellor = () => suite.template.staff.counsellor!;
const NEW_PASSWORD = 'Fresh-Morning-Harvest-26';

function wrongFor(username: string) {
  return { username, password: 'Definitely-Not-It-71' };
}

async function auditOf(core: ReturnType<typeof openCore>): Promise<AuditEntryView[]> {
  return (await core.call('audit.list', { limit: 500 })).reverse();
}

describe('sign-in throttle', () => {
  it('adds an increasing delay after repeated failures, persisted across a restart', async () => {
    const dir = suite.fresh();
    const clock = new TestClock();
    const core = openCore(dir, { now: clock.now });
    const wrong = wrongFor(manager().username);

    for (let i = 1; i < FREE_ATTEMPTS; i++) {
      const e = await expectError(core, 'auth.signIn', wrong);
      expect(e.code).toBe('WRONG_CREDENTIALS');
      expect(e.retryAfterMs).toBeUndefined();
    }
    const third = await expectError(core, 'auth.signIn', wrong);
    expect(third.code).toBe('WRONG_CREDENTIALS');
    expect(third.retryAfterMs).toBe(delayAfter(FREE_ATTEMPTS));

    // Even the right password waits: the delay is about guesses, not about who guesses.
    const throttled = await expectError(core, 'auth.signIn', manager());
    expect(throttled).toMatchObject({ code: 'THROTTLED', retryAfterMs: delayAfter(FREE_ATTEMPTS) });

    const restarted = openCore(dir, { now: clock.now });
    clock.advance(2_000);
    expect(await expectError(restarted, 'auth.signIn', manager())).toMatchObject({
      code: 'THROTTLED',
      retryAfterMs: delayAfter(FREE_ATTEMPTS) - 2_000,
    });

    // Per account: another user signs in meanwhile.
    await signIn(restarted, counsellor());
    await restarted.call('auth.lock', { reason: 'manual' });

    clock.advance(delayAfter(FREE_ATTEMPTS) - 2_000);
    const fourth = await expectError(restarted, 'auth.signIn', wrong);
    expect(fourth.retryAfterMs).toBe(delayAfter(FREE_ATTEMPTS + 1));
    expect(fourth.retryAfterMs!).toBeGreaterThan(third.retryAfterMs!);
    expect((await expectError(restarted, 'auth.signIn', manager())).code).toBe('THROTTLED');

    clock.advance(fourth.retryAfterMs!);
    await signIn(restarted, manager());
    await restarted.call('auth.lock', { reason: 'manual' });
    // Success forgets the count: the next mistake is a free one again.
    expect((await expectError(restarted, 'auth.signIn', wrong)).retryAfterMs).toBeUndefined();
  });

  it('treats an unknown username exactly like a wrong password, Argon2 time included', async () => {
    const dir = suite.fresh();
    const core = openCore(dir);
    const known = await expectError(core, 'auth.signIn', wrongFor(manager().username));
    const started = performance.now();
    const unknown = await expectError(core, 'auth.signIn', wrongFor('no.such.person'));
    const elapsed = performance.now() - started;
    expect(unknown).toEqual(known);
    // A real Argon2id derivation (64 MiB) takes far longer than a lookup that found nothing.
    expect(elapsed).toBeGreaterThan(100);
    for (let i = 1; i < FREE_ATTEMPTS; i++) await expectError(core, 'auth.signIn', wrongFor('no.such.person'));
    expect((await expectError(core, 'auth.signIn', wrongFor('no.such.person'))).code).toBe('THROTTLED');
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const core = openCore(suite.fresh());
    const me = await core.call('auth.signIn', { username: `  ${manager().username.toUpperCase()} `, password: manager().password });
    expect(me.id).toBe(manager().id);
    await core.close();
  });
});

describe('failed sign-ins in the audit log', () => {
  it('are written on the next successful sign-in, with their own time, once', async () => {
    const dir = suite.fresh();
    const clock = new TestClock();
    const core = openCore(dir, { now: clock.now });
    await expectError(core, 'auth.signIn', wrongFor(counsellor().username));
    await expectError(core, 'auth.signIn', wrongFor('no.such.person'));
    await expectError(core, 'auth.recover', {
      recoveryKey: generateRecoveryKey(),
      username: manager().username,
      newPassword: NEW_PASSWORD,
    });

    await signIn(core, manager());
    const entries = await auditOf(core);
    const failed = entries.filter((e) => e.action === 'auth.sign_in_failed');
    expect(failed).toHaveLength(3);
    expect(failed[0]).toMatchObject({ actorId: null, targetId: counsellor().id, details: { knownUser: true, recoveryKey: false } });
    expect(failed[1]).toMatchObject({ targetId: null, details: { knownUser: false, recoveryKey: false } });
    expect(failed[2]).toMatchObject({ details: { knownUser: false, recoveryKey: true } });
    const signInSeq = entries.filter((e) => e.action === 'auth.sign_in').at(-1)!.seq;
    for (const f of failed) {
      expect(f.seq).toBeLessThan(signInSeq);
      expect(Date.parse(f.at)).toBeLessThanOrEqual(Date.parse(entries.at(-1)!.at));
    }
    const throttle = JSON.parse(readFileSync(join(dir, THROTTLE_FILE), 'utf8')) as { pending: unknown[] };
    expect(throttle.pending).toEqual([]);

    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, manager());
    expect((await auditOf(core)).filter((e) => e.action === 'auth.sign_in_failed')).toHaveLength(3);
    await core.close();
  });
});

describe('recovery key', () => {
  it("resets a manager's password from the key typed loosely, and signs them in", async () => {
    const dir = suite.fresh();
    const core = openCore(dir);
    const loose = suite.template.recoveryKey.toLowerCase().replace(/-/g, '').replace(/0/g, 'o');
    const me = await core.call('auth.recover', { recoveryKey: loose, username: manager().username, newPassword: NEW_PASSWORD });
    expect(me).toMatchObject({ id: manager().id, role: 'manager', mustChangePassword: false });
    expect(core.state.session?.user.id).toBe(manager().id);
    expect((await auditOf(core)).map((e) => e.action)).toContain('auth.password_recovered');
    await core.call('auth.lock', { reason: 'manual' });

    expect((await expectError(core, 'auth.signIn', manager())).code).toBe('WRONG_CREDENTIALS');
    await signIn(core, { username: manager().username, password: NEW_PASSWORD });
    await core.close();
  });

  it('refuses a wrong or malformed key and changes nothing but the throttle file', async () => {
    const dir = suite.fresh();
    const before = snapshotFiles(dir, (n) => n === THROTTLE_FILE);
    const core = openCore(dir);
    for (const recoveryKey of [
      generateRecoveryKey(),
      'AAAA-BBBB-CCCC',
      suite.template.recoveryKey.replace(/^(.)/, (c) => (c === 'A' ? 'B' : 'A')),
    ]) {
      const e = await expectError(core, 'auth.recover', { recoveryKey, username: manager().username, newPassword: NEW_PASSWORD });
      expect(e.code).toBe('RECOVERY_KEY_INVALID');
    }
    expect(core.state.session).toBeNull();
    expect(snapshotFiles(dir, (n) => n === THROTTLE_FILE)).toEqual(before);
  });

  it('resets managers only: a counsellor or an unknown name is refused even with the right key', async () => {
    const dir = suite.fresh();
    const before = snapshotFiles(dir, (n) => n === THROTTLE_FILE);
    const core = openCore(dir);
    for (const username of [counsellor().username, 'no.such.person']) {
      const e = await expectError(core, 'auth.recover', { recoveryKey: suite.template.recoveryKey, username, newPassword: NEW_PASSWORD });
      expect(e.code).toBe('PERMISSION_DENIED');
      expect(core.state.session).toBeNull();
    }
    expect(snapshotFiles(dir, (n) => n === THROTTLE_FILE)).toEqual(before);
    await signIn(core, counsellor());
  });

  it('refuses a weak new password before trying the key', async () => {
    const core = openCore(suite.fresh());
    const e = await expectError(core, 'auth.recover', {
      recoveryKey: suite.template.recoveryKey,
      username: manager().username,
      newPassword: 'short',
    });
    expect(e.code).toBe('WEAK_PASSWORD');
  });
});

describe('passwords', () => {
  it('a created account must change its password on first sign-in, and then no longer', async () => {
    const core = openCore(suite.fresh());
    const first = await signIn(core, counsellor());
    expect(first.mustChangePassword).toBe(true);
    const changed = await core.call('auth.changePassword', { currentPassword: counsellor().password, newPassword: NEW_PASSWORD });
    expect(changed.mustChangePassword).toBe(false);
    await core.call('auth.lock', { reason: 'manual' });
    expect((await expectError(core, 'auth.signIn', counsellor())).code).toBe('WRONG_CREDENTIALS');
    const again = await signIn(core, { username: counsellor().username, password: NEW_PASSWORD });
    expect(again.mustChangePassword).toBe(false);
    expect((await auditOf(await managerCore(core))).map((e) => e.action)).toContain('auth.password_changed');
    await core.close();
  });

  it('changePassword with a wrong current password is refused and leaves the keyring as it was', async () => {
    const dir = suite.fresh();
    const core = openCore(dir);
    await signIn(core, manager());
    const keyring = readFileSync(join(dir, KEYRING_FILE));
    const e = await expectError(core, 'auth.changePassword', { currentPassword: 'Not-My-Current-Pass-19', newPassword: NEW_PASSWORD });
    expect(e.code).toBe('WRONG_CREDENTIALS');
    expect(e.fields?.[0]?.path).toBe('currentPassword');
    const weak = await expectError(core, 'auth.changePassword', { currentPassword: manager().password, newPassword: 'weakweak' });
    expect(weak.code).toBe('WEAK_PASSWORD');
    expect(readFileSync(join(dir, KEYRING_FILE)).equals(keyring)).toBe(true);
    expect(core.state.session?.user.id).toBe(manager().id);
    await core.close();
  });
});

describe('changePassword throttling', () => {
  it('repeated wrong current passwords are throttled like sign-in, even for the right one', async () => {
    const clock = new TestClock();
    const core = openCore(suite.fresh(), { now: clock.now });
    await signIn(core, manager());
    for (let i = 0; i < FREE_ATTEMPTS; i++) {
      const e = await expectError(core, 'auth.changePassword', { currentPassword: `Wrong-Guess-Number-${i}0`, newPassword: NEW_PASSWORD });
      expect(e.code).toBe('WRONG_CREDENTIALS');
    }
    const blocked = await expectError(core, 'auth.changePassword', { currentPassword: manager().password, newPassword: NEW_PASSWORD });
    expect(blocked.code).toBe('THROTTLED');
    expect(blocked.retryAfterMs).toBe(delayAfter(FREE_ATTEMPTS));
    clock.advance(delayAfter(FREE_ATTEMPTS));
    const changed = await core.call('auth.changePassword', { currentPassword: manager().password, newPassword: NEW_PASSWORD });
    expect(changed.id).toBe(manager().id);
    await core.close();
  });
});

/** Signs the manager in on the same core (for reading the audit log). */
async function managerCore(core: ReturnType<typeof openCore>) {
  await core.call('auth.lock', { reason: 'manual' });
  await signIn(core, manager());
  return core;
}

describe('lock', () => {
  it('closes the database, wipes the data key, logs and announces it', async () => {
    const core = openCore(suite.fresh());
    await signIn(core, manager());
    const session = core.state.session!;
    const key = session.withDataKey((k) => k);
    expect(key.some((b) => b !== 0)).toBe(true);
    const events: string[] = [];
    core.events.on('session.locked', (p) => events.push(p.reason));

    await core.call('auth.lock', { reason: 'shortcut' });
    expect(session.sqlite.open).toBe(false);
    expect(key.every((b) => b === 0)).toBe(true);
    expect(events).toEqual(['shortcut']);
    expect((await expectError(core, 'settings.get', {})).code).toBe('NOT_SIGNED_IN');

    await signIn(core, manager());
    const lockEntry = (await auditOf(core)).filter((e) => e.action === 'auth.lock').at(-1);
    expect(lockEntry).toMatchObject({ actorId: manager().id, details: { reason: 'shortcut' } });
    await core.close();
  });

  it('locks by itself on the next call after the idle time, and activity postpones it', async () => {
    const clock = new TestClock();
    const core = openCore(suite.fresh(), { now: clock.now });
    await signIn(core, manager());
    const idleMs = (await core.call('settings.get', {})).idleLockMinutes * 60_000;
    const events: string[] = [];
    core.events.on('session.locked', (p) => events.push(p.reason));

    clock.advance(idleMs - 1);
    await core.call('settings.get', {});
    clock.advance(idleMs - 1);
    await core.call('settings.get', {});
    expect(core.state.session).not.toBeNull();

    clock.advance(idleMs + 1);
    const e = await expectError(core, 'settings.get', {});
    expect(e.code).toBe('NOT_SIGNED_IN');
    expect(core.state.session).toBeNull();
    expect(events).toEqual(['idle']);

    clock.advance(1);
    await signIn(core, manager());
    expect((await auditOf(core)).filter((x) => x.action === 'auth.lock').at(-1)?.details).toEqual({ reason: 'idle' });
    await core.close();
  });

  it('is not kept open by a window polling a public channel', async () => {
    const clock = new TestClock();
    const core = openCore(suite.fresh(), { now: clock.now });
    await signIn(core, manager());
    const idleMs = (await core.call('settings.get', {})).idleLockMinutes * 60_000;
    for (let t = 0; t <= idleMs; t += 30_000) {
      clock.advance(30_000);
      await core.call('app.status', {});
    }
    const status = await core.call('app.status', {});
    expect(status.signedIn).toBe(false);
    expect(core.state.session).toBeNull();
  });

  it('uses a new idle time as soon as the manager saves it', async () => {
    const clock = new TestClock();
    const core = openCore(suite.fresh(), { now: clock.now });
    await signIn(core, manager());
    await core.call('settings.update', { idleLockMinutes: 1 });
    clock.advance(60_001);
    expect((await expectError(core, 'users.list', {})).code).toBe('NOT_SIGNED_IN');
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Keyring } from '../../../shared/files/keyring';
import { userSummarySchema } from '../../../shared/domain/user';
import { KEYRING_FILE } from '../paths';
import type { Core } from '../core';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true });
const manager = () => suite.template.manager;
const counsellor = () => suite.template.staff.counsellor!;
const NEW_PASSWORD = 'Bright-River-Compass-52';

function keyringOf(dir: string): Keyring {
  return JSON.parse(readFileSync(join(dir, KEYRING_FILE), 'utf8')) as Keyring;
}

async function asManager(dir: string): Promise<Core> {
  const core = openCore(dir);
  await signIn(core, manager());
  return core;
}

async function actions(core: Core): Promise<string[]> {
  return (await core.call('audit.list', { limit: 500 })).map((e) => e.action);
}

describe('disabling and enabling staff', () => {
  it("disabling removes the user's keyring slot and their password stops working", async () => {
    const dir = suite.fresh();
    const core = await asManager(dir);
    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, counsellor());
    await core.call('drafts.save', { formKey: 'session.notes', data: { text: 'unsaved' } });
    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, manager());

    const slotsBefore = keyringOf(dir).slots;
    expect(slotsBefore.some((s) => s.userId === counsellor().id)).toBe(true);
    const disabled = await core.call('users.disable', { id: counsellor().id });
    expect(disabled.disabled).toBe(true);
    const slotsAfter = keyringOf(dir).slots;
    expect(slotsAfter.some((s) => s.userId === counsellor().id)).toBe(false);
    expect(slotsAfter).toHaveLength(slotsBefore.length - 1);
    expect(await actions(core)).toContain('user.disabled');

    await core.call('auth.lock', { reason: 'manual' });
    expect((await expectError(core, 'auth.signIn', counsellor())).code).toBe('WRONG_CREDENTIALS');

    // Enabling needs a new password (the old slot is gone) and asks for a change at first sign-in.
    await signIn(core, manager());
    const enabled = await core.call('users.enable', { id: counsellor().id, password: NEW_PASSWORD });
    expect(enabled).toMatchObject({ disabled: false, mustChangePassword: true });
    expect(keyringOf(dir).slots.filter((s) => s.userId === counsellor().id)).toHaveLength(1);
    expect(await actions(core)).toContain('user.enabled');
    await core.call('auth.lock', { reason: 'manual' });

    expect((await expectError(core, 'auth.signIn', counsellor())).code).toBe('WRONG_CREDENTIALS');
    const back = await signIn(core, { username: counsellor().username, password: NEW_PASSWORD });
    expect(back.mustChangePassword).toBe(true);
    expect((await expectError(core, 'drafts.get', { formKey: 'session.notes' })).code).toBe('PASSWORD_CHANGE_REQUIRED');
    await core.call('auth.changePassword', { currentPassword: NEW_PASSWORD, newPassword: `${NEW_PASSWORD}-own` });
    // A disabled account's drafts went with it.
    expect(await core.call('drafts.get', { formKey: 'session.notes' })).toBeNull();
    await core.close();
  });

  it('a manager cannot disable their own account, nor reset a disabled one', async () => {
    const core = await asManager(suite.fresh());
    expect((await expectError(core, 'users.disable', { id: manager().id })).code).toBe('PERMISSION_DENIED');
    await core.call('users.disable', { id: counsellor().id });
    expect((await expectError(core, 'users.resetPassword', { id: counsellor().id, password: NEW_PASSWORD })).code).toBe('ACCOUNT_DISABLED');
    await core.close();
  });
});

describe('last manager protection', () => {
  it('the only active manager cannot stop being one; with a second manager they can', async () => {
    const core = await asManager(suite.fresh());
    expect((await expectError(core, 'users.update', { id: manager().id, role: 'counsellor' })).code).toBe('LAST_MANAGER');
    expect((await core.call('users.list', {})).find((u) => u.id === manager().id)?.role).toBe('manager');

    const second = await core.call('users.create', {
      fullName: 'Shelter Manager Two',
      username: 'manager.two',
      role: 'manager',
      password: NEW_PASSWORD,
    });
    const demoted = await core.call('users.update', { id: manager().id, role: 'counsellor' });
    expect(demoted.role).toBe('counsellor');
    // The session follows the change at once.
    expect(core.state.session?.user.role).toBe('counsellor');
    expect((await expectError(core, 'users.list', {})).code).toBe('PERMISSION_DENIED');

    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, { username: 'manager.two', password: NEW_PASSWORD });
    // Until the temporary password is replaced, core refuses everything else.
    expect((await expectError(core, 'users.update', { id: second.id, role: 'reporting' })).code).toBe('PASSWORD_CHANGE_REQUIRED');
    await core.call('auth.changePassword', { currentPassword: NEW_PASSWORD, newPassword: `${NEW_PASSWORD}-own` });
    expect((await expectError(core, 'users.update', { id: second.id, role: 'reporting' })).code).toBe('LAST_MANAGER');
    const entries = await core.call('audit.list', { limit: 500 });
    expect(entries.find((e) => e.action === 'user.role_changed')).toMatchObject({
      targetId: manager().id,
      details: { from: 'manager', to: 'counsellor' },
    });
    await core.close();
  });
});

describe('creating and editing staff', () => {
  it('refuses a taken username and a weak password without touching the keyring', async () => {
    const dir = suite.fresh();
    const core = await asManager(dir);
    const keyring = readFileSync(join(dir, KEYRING_FILE));
    const taken = await expectError(core, 'users.create', {
      fullName: 'Someone Else',
      username: counsellor().username,
      role: 'reporting',
      password: NEW_PASSWORD,
    });
    expect(taken.code).toBe('USERNAME_TAKEN');
    const weak = await expectError(core, 'users.create', {
      fullName: 'Someone Else',
      username: 'someone.else',
      role: 'reporting',
      password: 'password123',
    });
    expect(weak.code).toBe('WEAK_PASSWORD');
    expect(weak.fields?.[0]?.path).toBe('password');
    expect(readFileSync(join(dir, KEYRING_FILE)).equals(keyring)).toBe(true);
    await core.close();
  });

  it('keeps staff names out of the keyring and audits edits', async () => {
    const dir = suite.fresh();
    const core = await asManager(dir);
    const created = await core.call('users.create', {
      fullName: 'Night Shift Counsellor',
      username: 'night.shift',
      role: 'counsellor',
      password: NEW_PASSWORD,
    });
    await core.call('users.update', { id: created.id, fullName: 'Day Shift Counsellor' });
    const raw = readFileSync(join(dir, KEYRING_FILE), 'utf8');
    for (const text of ['night.shift', 'Night Shift', 'Day Shift', counsellor().username, manager().username])
      expect(raw).not.toContain(text);
    const entries = await core.call('audit.list', { limit: 500 });
    expect(entries.find((e) => e.action === 'user.updated')).toMatchObject({ targetId: created.id, details: { fields: ['fullName'] } });
    // Audit details never carry the new name or the password.
    expect(JSON.stringify(entries)).not.toContain('Day Shift');
    expect(JSON.stringify(entries)).not.toContain(NEW_PASSWORD);
    await core.close();
  });

  it("a manager's password reset makes the old password useless and asks for a change", async () => {
    const core = await asManager(suite.fresh());
    await core.call('users.resetPassword', { id: counsellor().id, password: NEW_PASSWORD });
    await core.call('auth.lock', { reason: 'manual' });
    expect((await expectError(core, 'auth.signIn', counsellor())).code).toBe('WRONG_CREDENTIALS');
    expect((await signIn(core, { username: counsellor().username, password: NEW_PASSWORD })).mustChangePassword).toBe(true);
    await core.close();
  });

  it('lists staff with the declared fields only (outputs are parsed, nothing extra leaks)', async () => {
    const core = await asManager(suite.fresh());
    const list = await core.call('users.list', {});
    expect(list.map((u) => u.id).sort()).toEqual([manager().id, counsellor().id].sort());
    for (const u of list) expect(Object.keys(u).sort()).toEqual(Object.keys(userSummarySchema.shape).sort());
    await core.close();
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const core = await asManager(suite.fresh());
    for (const channel of ['users.update', 'users.disable'] as const) {
      expect((await expectError(core, channel, { id: 'no-such-user' })).code).toBe('NOT_FOUND');
    }
    await core.close();
  });
});

import { describe, expect, it } from 'vitest';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true });

describe('drafts', () => {
  it('round-trip per user, survive a lock, and stay invisible to other users', async () => {
    const core = openCore(suite.fresh());
    const data = { name: 'Unsaved resident', nested: { languages: ['rw', 'fr'], age: 17 }, note: 'Ndashaka gutaha' };
    await signIn(core, suite.template.manager);
    const { savedAt } = await core.call('drafts.save', { formKey: 'resident.new', data });
    expect(await core.call('drafts.get', { formKey: 'resident.new' })).toEqual({ data, savedAt });
    expect(await core.call('drafts.get', { formKey: 'resident.other' })).toBeNull();
    await core.call('auth.lock', { reason: 'idle' });

    await signIn(core, suite.template.staff.counsellor!);
    expect(await core.call('drafts.get', { formKey: 'resident.new' })).toBeNull();
    await core.call('drafts.save', { formKey: 'resident.new', data: { name: 'Counsellor own draft' } });
    await core.call('drafts.discard', { formKey: 'resident.new' });
    expect(await core.call('drafts.get', { formKey: 'resident.new' })).toBeNull();
    await core.call('auth.lock', { reason: 'manual' });

    await signIn(core, suite.template.manager);
    expect((await core.call('drafts.get', { formKey: 'resident.new' }))?.data).toEqual(data);
    await core.call('drafts.save', { formKey: 'resident.new', data: { name: 'Second version' } });
    expect((await core.call('drafts.get', { formKey: 'resident.new' }))?.data).toEqual({ name: 'Second version' });
    await core.call('drafts.discard', { formKey: 'resident.new' });
    expect(await core.call('drafts.get', { formKey: 'resident.new' })).toBeNull();
    await core.close();
  });

  it('refuses odd form keys and oversized drafts', async () => {
    const core = openCore(suite.fresh());
    await signIn(core, suite.template.manager);
    for (const formKey of ['', 'Resident', '../etc', 'a'.repeat(81), 'with space']) {
      expect((await expectError(core, 'drafts.save', { formKey, data: {} })).code, formKey).toBe('VALIDATION');
    }
    const big = { text: 'x'.repeat(300 * 1024) };
    expect((await expectError(core, 'drafts.save', { formKey: 'resident.new', data: big })).code).toBe('VALIDATION');
    // Secrets never go into drafts, even if a form sent them.
    for (const data of [{ password: 'x' }, { staff: { newPassword: 'x' } }, { list: [{ backupPassphrase: 'x' }] }, { recoveryKey: 'x' }]) {
      expect((await expectError(core, 'drafts.save', { formKey: 'resident.new', data })).code, JSON.stringify(data)).toBe('VALIDATION');
    }
    expect(await core.call('drafts.get', { formKey: 'resident.new' })).toBeNull();
    await core.close();
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runDoctor } from '../doctor';
import { openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { editKeyring } from '../testing/raw-db';
import { requireSession } from '../state';

/** Issue 9 item 10: an account exists whole (row and keyring slot) or not at all. */
const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true });
const TEMPORARY = 'Whole-Account-Meadow-52';

describe('accounts created whole', () => {
  it('a failure at the keyring write leaves no account behind, so none is active without a slot', async () => {
    const dir = suite.fresh('create-fails');
    const core = openCore(dir);
    await signIn(core, suite.template.manager);
    // The moment a kill would strike: the keyring write does not happen.
    const vault = core.state.vault;
    const save = vault.saveKeyring.bind(vault);
    vault.saveKeyring = () => {
      throw new Error('stopped before the keyring write');
    };
    const r = await core.dispatch('users.create', {
      fullName: 'New Colleague',
      username: 'new.colleague',
      role: 'counsellor',
      password: TEMPORARY,
    });
    expect(r.ok).toBe(false);
    vault.saveKeyring = save;
    expect((await core.call('users.list', {})).map((u) => u.username)).not.toContain('new.colleague');
    await core.close();
    const report = await runDoctor(dir, suite.template.manager.username, suite.template.manager.password);
    expect(report.checks.find((c) => c.id === 'accounts')!.status).toBe('ok');
  });

  it('a slot whose account row never arrived is removed at the next sign-in, and doctor notes it', async () => {
    const dir = suite.fresh('orphan-slot');
    editKeyring(dir, (k) => {
      const counsellor = k.slots.find((s) => s.userId === suite.template.staff.counsellor!.id)!;
      k.slots.push({ ...counsellor, id: randomUUID(), userId: randomUUID(), lookup: 'b3JwaGFu' });
    });
    const report = await runDoctor(dir, suite.template.manager.username, suite.template.manager.password);
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.id === 'accounts')!.detail).toContain('1 slot(s) of an interrupted account creation removed');
    const core = openCore(dir);
    await signIn(core, suite.template.manager);
    expect(core.state.vault.keyring().slots).toHaveLength(3); // manager, counsellor, recovery
    await core.close();
  });

  it('an active account left without a slot by older versions is disabled at the next sign-in, and the log says why', async () => {
    const dir = suite.fresh('stranded-row');
    const counsellor = suite.template.staff.counsellor!;
    editKeyring(dir, (k) => {
      k.slots = k.slots.filter((s) => s.userId !== counsellor.id);
    });
    const core = openCore(dir);
    await signIn(core, suite.template.manager);
    const row = (await core.call('users.list', {})).find((u) => u.id === counsellor.id)!;
    expect(row.disabled).toBe(true);
    const log = await core.call('audit.list', { limit: 20 });
    expect(log.find((e) => e.action === 'user.slot_missing')).toMatchObject({ targetId: counsellor.id });
    // The manager repairs it the usual way: enabling sets a new password and a new slot.
    await core.call('users.enable', { id: counsellor.id, password: TEMPORARY });
    await core.lock('manual');
    expect((await signIn(core, { username: counsellor.username, password: TEMPORARY })).mustChangePassword).toBe(true);
    expect(requireSession(core.state).user.id).toBe(counsellor.id);
    await core.close();
  });
});

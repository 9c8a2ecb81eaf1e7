import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

// About what each role may do whoever holds the case; need-to-know is tested in electron/core/access/.
const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true, residentAccess: 'all' });

async function freshCore(): Promise<Core> {
  const core = openCore(suite.fresh('care'));
  await signIn(core, suite.template.manager);
  return core;
}

async function refusal(core: Core, input: unknown) {
  const e = await expectError(core, 'residents.care.update', input);
  expect(e.code).toBe('VALIDATION');
  return (e.fields ?? []).map((f) => `${f.path}:${f.message}`);
}

describe('assigned staff and risk level', () => {
  it('starts unassigned at risk "none"; assigns a social worker and a counsellor, sets the risk, and audits field names', async () => {
    const core = await freshCore();
    const { social_worker: sw, counsellor: co } = suite.template.staff;
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    expect(await core.call('residents.care.get', { residentId: keza.id })).toEqual({
      residentId: keza.id,
      socialWorker: null,
      counsellor: null,
      riskLevel: 'none',
    });
    const care = await core.call('residents.care.update', {
      residentId: keza.id,
      socialWorkerId: sw!.id,
      counsellorId: co!.id,
      riskLevel: 'high',
    });
    expect(care).toEqual({
      residentId: keza.id,
      socialWorker: { id: sw!.id, displayName: sw!.fullName, active: true },
      counsellor: { id: co!.id, displayName: co!.fullName, active: true },
      riskLevel: 'high',
    });
    // Only what is given changes; null removes an assignment.
    const after = await core.call('residents.care.update', { residentId: keza.id, counsellorId: null });
    expect(after).toMatchObject({ socialWorker: { id: sw!.id }, counsellor: null, riskLevel: 'high' });
    await core.call('residents.care.update', { residentId: keza.id, riskLevel: 'high' });

    const entries = (await core.call('audit.list', { limit: 50 })).filter((e) => e.action === 'resident.care_updated');
    expect(entries.map((e) => e.details)).toEqual([{ fields: ['counsellor'] }, { fields: ['socialWorker', 'counsellor', 'riskLevel'] }]);

    // The list filters read these columns.
    const row = await core.state
      .session!.db.selectFrom('residents')
      .select(['social_worker_id', 'counsellor_id', 'risk_level'])
      .where('id', '=', keza.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ social_worker_id: sw!.id, counsellor_id: null, risk_level: 'high' });
  });

  it('assigns only existing, active staff who hold that role', async () => {
    const core = await freshCore();
    const { social_worker: sw, counsellor: co, reporting } = suite.template.staff;
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    expect(await refusal(core, { residentId: keza.id, socialWorkerId: co!.id })).toEqual(['socialWorkerId:care.socialWorkerInvalid']);
    expect(await refusal(core, { residentId: keza.id, counsellorId: sw!.id })).toEqual(['counsellorId:care.counsellorInvalid']);
    expect(await refusal(core, { residentId: keza.id, counsellorId: suite.template.manager.id })).toEqual([
      'counsellorId:care.counsellorInvalid',
    ]);
    expect(await refusal(core, { residentId: keza.id, socialWorkerId: reporting!.id })).toEqual([
      'socialWorkerId:care.socialWorkerInvalid',
    ]);
    expect(await refusal(core, { residentId: keza.id, socialWorkerId: 'no-such-user' })).toEqual([
      'socialWorkerId:care.socialWorkerInvalid',
    ]);
    expect((await refusal(core, { residentId: keza.id, riskLevel: 'extreme' }))[0]).toMatch(/^riskLevel:/);
    expect((await expectError(core, 'residents.care.update', { residentId: 'nobody', riskLevel: 'high' })).code).toBe('NOT_FOUND');
    expect((await expectError(core, 'residents.care.get', { residentId: 'nobody' })).code).toBe('NOT_FOUND');

    await core.call('residents.care.update', { residentId: keza.id, socialWorkerId: sw!.id });
    await core.call('users.disable', { id: sw!.id });
    // A disabled account stays on the file, marked, until someone else is assigned; it cannot be chosen again.
    expect((await core.call('residents.care.get', { residentId: keza.id })).socialWorker).toEqual({
      id: sw!.id,
      displayName: sw!.fullName,
      active: false,
    });
    expect(await refusal(core, { residentId: keza.id, socialWorkerId: sw!.id })).toEqual(['socialWorkerId:care.socialWorkerInvalid']);
    expect(await core.call('residents.assignableStaff', {})).toEqual([{ id: co!.id, displayName: co!.fullName, role: 'counsellor' }]);

    // A counsellor who becomes a manager no longer counts as her counsellor.
    await core.call('residents.care.update', { residentId: keza.id, counsellorId: co!.id });
    await core.call('users.update', { id: co!.id, role: 'manager' });
    expect((await core.call('residents.care.get', { residentId: keza.id })).counsellor).toMatchObject({ id: co!.id, active: false });
    expect(await core.call('residents.assignableStaff', {})).toEqual([]);
  });

  it('lists active social workers and counsellors for editors; counsellors read the assignment; reporting sees nothing', async () => {
    const core = await freshCore();
    const { social_worker: sw, counsellor: co, reporting } = suite.template.staff;
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });

    await signIn(core, sw!);
    const staff = await core.call('residents.assignableStaff', {});
    expect(staff.map((s) => [s.id, s.role]).sort()).toEqual(
      [
        [co!.id, 'counsellor'],
        [sw!.id, 'social_worker'],
      ].sort(),
    );
    expect(staff.map((s) => s.id)).not.toContain(suite.template.manager.id);
    expect(staff.map((s) => s.id)).not.toContain(reporting!.id);
    await core.call('residents.care.update', { residentId: keza.id, socialWorkerId: sw!.id, riskLevel: 'moderate' });

    await signIn(core, co!);
    expect((await core.call('residents.care.get', { residentId: keza.id })).riskLevel).toBe('moderate');
    expect((await expectError(core, 'residents.care.update', { residentId: keza.id, riskLevel: 'none' })).code).toBe('PERMISSION_DENIED');
    expect((await expectError(core, 'residents.assignableStaff', {})).code).toBe('PERMISSION_DENIED');

    await signIn(core, reporting!);
    expect((await expectError(core, 'residents.care.get', { residentId: keza.id })).code).toBe('PERMISSION_DENIED');
  });
});

import { describe, expect, it } from 'vitest';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker'], ownPasswords: true });

describe('home.myResidents', () => {
  it('lists the residents assigned to the signed-in staff member, with room, bed and risk, highest risk first', async () => {
    const core = openCore(suite.fresh('my-residents'));
    await signIn(core, suite.template.manager);
    const counsellor = suite.template.staff.counsellor!;
    const socialWorker = suite.template.staff.social_worker!;
    const room = await core.call('residents.createRoom', { name: 'Room 1', beds: ['A', 'B'] });
    const admit = (name: string, bedId?: string) =>
      core.call('residents.admit', { identity: { givenNames: name, familyName: 'Uwase' }, admittedOn: '2025-03-01', bedId });
    const amina = await admit('Amina', room.beds[0]!.id);
    const beata = await admit('Beata');
    const clarisse = await admit('Clarisse', room.beds[1]!.id);
    await core.call('residents.care.update', { residentId: amina.id, counsellorId: counsellor.id, riskLevel: 'moderate' });
    await core.call('residents.care.update', { residentId: beata.id, counsellorId: counsellor.id, riskLevel: 'high' });
    await core.call('residents.care.update', { residentId: clarisse.id, socialWorkerId: socialWorker.id });
    // A discharged resident is no longer on anyone's Home.
    const dora = await admit('Dora');
    await core.call('residents.care.update', { residentId: dora.id, counsellorId: counsellor.id });
    await core.call('residents.discharge', { residentId: dora.id, dischargedOn: '2025-04-01', destination: 'family' });
    expect((await expectError(core, 'home.myResidents', {})).code).toBe('PERMISSION_DENIED');
    await core.call('auth.lock', { reason: 'manual' });

    await signIn(core, counsellor);
    expect(await core.call('home.myResidents', {})).toEqual([
      { id: beata.id, code: beata.code, displayName: 'Beata Uwase', roomName: null, bedLabel: null, riskLevel: 'high' },
      { id: amina.id, code: amina.code, displayName: 'Amina Uwase', roomName: 'Room 1', bedLabel: 'A', riskLevel: 'moderate' },
    ]);
    await core.call('auth.lock', { reason: 'manual' });

    await signIn(core, socialWorker);
    expect((await core.call('home.myResidents', {})).map((r) => [r.displayName, r.roomName, r.bedLabel, r.riskLevel])).toEqual([
      ['Clarisse Uwase', 'Room 1', 'B', 'none'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { todayIso } from './residents-records';

const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true });

async function freshCore(): Promise<Core> {
  const core = openCore(suite.fresh('stays'));
  await signIn(core, suite.template.manager);
  return core;
}

function daysAgo(n: number): string {
  return new Date(Date.parse(`${todayIso()}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
}

describe('discharge and readmission', () => {
  it('discharges: closes the stay and the bed, frees the bed, audits the destination only', async () => {
    const core = await freshCore();
    const room = await core.call('residents.createRoom', { name: 'Room 1', beds: ['A'] });
    const bed = room.beds[0]!.id;
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01', bedId: bed });
    const file = await core.call('residents.discharge', {
      residentId: keza.id,
      dischargedOn: '2025-08-01',
      destination: 'family',
      reason: 'REASON-MARKER',
    });
    expect(file.status).toBe('discharged');
    expect(file.stays).toEqual([
      {
        id: keza.stays[0]!.id,
        admittedOn: '2025-03-01',
        dischargedOn: '2025-08-01',
        dischargeDestination: 'family',
        dischargeReason: 'REASON-MARKER',
      },
    ]);
    expect(file.beds).toEqual([expect.objectContaining({ bedId: bed, from: '2025-03-01', to: '2025-08-01' })]);
    expect((await core.call('residents.bedBoard', {}))[0]!.beds[0]!.occupant).toBeNull();
    const entry = (await core.call('audit.list', { limit: 20 })).find((e) => e.action === 'resident.discharged')!;
    expect(entry.details).toEqual({ destination: 'family', reasonGiven: true });
    expect(JSON.stringify(entry)).not.toContain('MARKER');
    expect((await core.call('residents.search', { status: 'discharged' })).total).toBe(1);
  });

  it('refuses a discharge before admission, twice, or of nobody', async () => {
    const core = await freshCore();
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    expect(
      (await expectError(core, 'residents.discharge', { residentId: keza.id, dischargedOn: '2025-02-01', destination: 'family' }))
        .fields?.[0]?.path,
    ).toBe('dischargedOn');
    await core.call('residents.discharge', { residentId: keza.id, dischargedOn: '2025-03-02', destination: 'absconded' });
    expect(
      (await expectError(core, 'residents.discharge', { residentId: keza.id, dischargedOn: '2025-03-03', destination: 'family' }))
        .fields?.[0]?.message,
    ).toBe('stay.notOpen');
    expect(
      (await expectError(core, 'residents.discharge', { residentId: 'nobody', dischargedOn: '2025-03-03', destination: 'family' })).code,
    ).toBe('NOT_FOUND');
    expect(
      (await expectError(core, 'residents.discharge', { residentId: keza.id, dischargedOn: '2025-03-03', destination: 'moon' })).code,
    ).toBe('VALIDATION');
  });

  it('readmits with the same code and file, keeping the earlier stay', async () => {
    const core = await freshCore();
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    expect((await expectError(core, 'residents.readmit', { residentId: keza.id, admittedOn: '2025-04-01' })).fields?.[0]?.message).toBe(
      'stay.alreadyOpen',
    );
    await core.call('residents.discharge', { residentId: keza.id, dischargedOn: '2025-05-01', destination: 'absconded' });
    expect((await expectError(core, 'residents.readmit', { residentId: keza.id, admittedOn: '2025-04-01' })).fields?.[0]?.path).toBe(
      'admittedOn',
    );
    const back = await core.call('residents.readmit', {
      residentId: keza.id,
      admittedOn: '2025-06-10',
      referral: { sourceType: 'police_rib' },
    });
    expect(back.code).toBe(keza.code);
    expect(back.status).toBe('admitted');
    expect(back.admittedOn).toBe('2025-06-10');
    expect(back.stays.map((s) => [s.admittedOn, s.dischargedOn])).toEqual([
      ['2025-06-10', null],
      ['2025-03-01', '2025-05-01'],
    ]);
    expect(back.referrals).toEqual([expect.objectContaining({ sourceType: 'police_rib', stayId: back.stays[0]!.id })]);
  });
});

describe('stay limit', () => {
  it('lists open stays within 30 days of the limit or past it, longest first, following the setting', async () => {
    const core = await freshCore();
    const old = await core.call('residents.admit', { identity: { givenNames: 'Old' }, admittedOn: daysAgo(200) });
    const near = await core.call('residents.admit', { identity: { givenNames: 'Near' }, admittedOn: daysAgo(160) });
    await core.call('residents.admit', { identity: { givenNames: 'New' }, admittedOn: daysAgo(20) });
    const gone = await core.call('residents.admit', { identity: { givenNames: 'Gone' }, admittedOn: daysAgo(300) });
    await core.call('residents.discharge', { residentId: gone.id, dischargedOn: daysAgo(100), destination: 'family' });

    const list = await core.call('residents.stayLimit', {});
    expect(list.map((e) => [e.resident.id, e.daysInShelter, e.limitDays, e.overLimit])).toEqual([
      [old.id, 200, 183, true],
      [near.id, 160, 183, false],
    ]);
    await core.call('settings.update', { stayLimitDays: 365 });
    expect(await core.call('residents.stayLimit', {})).toEqual([]);
  });
});

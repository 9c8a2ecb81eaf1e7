import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { todayIso } from '../services/residents-records';

/**
 * What a counsellor or social worker sees of residents not hers: search, bed board, the
 * stay-limit card and History narrowed; breaking the glass for the session; the manager's
 * Home; and the setting that opens every file again.
 */
const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker'], ownPasswords: true });

let core: Core;
let mine: string;
let other: string;
const longAgo = new Date(Date.parse(`${todayIso()}T00:00:00Z`) - 200 * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  core = openCore(suite.fresh('access-lists'));
  await signIn(core, suite.template.manager);
  const room = await core.call('residents.createRoom', { name: 'Room 1', beds: ['A', 'B'] });
  mine = (
    await core.call('residents.admit', {
      identity: { givenNames: 'Aline Grace', familyName: 'Uwase', phone: '+250 788 111 111' },
      admittedOn: longAgo,
      bedId: room.beds[0]!.id,
    })
  ).id;
  other = (
    await core.call('residents.admit', {
      identity: { givenNames: 'Beata Marie', familyName: 'Mukamana', otherNames: ['Bebe'], phone: '+250 788 222 222' },
      admittedOn: longAgo,
      bedId: room.beds[1]!.id,
    })
  ).id;
  await core.call('residents.care.update', { residentId: mine, counsellorId: suite.template.staff.counsellor!.id, riskLevel: 'high' });
  await core.call('residents.care.update', { residentId: other, riskLevel: 'high' });
  await core.lock('manual');
  await signIn(core, suite.template.staff.counsellor!);
}, 120_000);
afterAll(() => core.close());

const search = (query: string, extra: Record<string, unknown> = {}) => core.call('residents.search', { query, ...extra });

describe('a counsellor with need-to-know access', () => {
  it('sees everyone in the list, others with code, first name and room only', async () => {
    const { items } = await search('');
    const a = items.find((i) => i.id === mine)!;
    const b = items.find((i) => i.id === other)!;
    expect(a).toMatchObject({ displayName: 'Aline Grace Uwase', phone: '+250 788 111 111' });
    expect(a.restricted).toBeUndefined();
    expect(b).toEqual({
      id: other,
      code: b.code,
      status: 'admitted',
      displayName: 'Beata',
      listName: 'Beata',
      otherNames: [],
      sex: null,
      ageYears: null,
      phone: null,
      admittedOn: '',
      roomName: 'Room 1',
      bedLabel: 'B',
      restricted: true,
    });
  });

  it('finds others by code or first name, never by phone, family name, alias or a sensitive filter', async () => {
    const b = (await search('')).items.find((i) => i.id === other)!;
    expect((await search('beata')).items.map((i) => i.id)).toEqual([other]);
    expect((await search(b.code)).items.map((i) => i.id)).toEqual([other]);
    expect((await search('mukamana')).total).toBe(0);
    expect((await search('bebe')).total).toBe(0);
    expect((await search('222 222')).total).toBe(0);
    // Her own resident is found by anything, as before.
    expect((await search('uwase')).items.map((i) => i.id)).toEqual([mine]);
    expect((await search('111 111')).items.map((i) => i.id)).toEqual([mine]);
    expect((await search('', { riskLevel: 'high' })).items.map((i) => i.id)).toEqual([mine]);
  });

  it('sees others on the bed board by code and first name, and only her residents on the stay-limit card', async () => {
    const beds = (await core.call('residents.bedBoard', {}))[0]!.beds;
    expect(beds.map((b) => [b.occupant?.displayName, b.occupant?.restricted ?? false])).toEqual([
      ['Aline Grace Uwase', false],
      ['Beata', true],
    ]);
    expect((await core.call('residents.stayLimit', {})).map((e) => e.resident.id)).toEqual([mine]);
    expect((await expectError(core, 'residents.history', { residentId: other })).code).toBe('RESIDENT_NOT_ASSIGNED');
  });

  it('breaks the glass with a reason for this session only; it is audited and the manager sees it on Home', async () => {
    expect((await expectError(core, 'residents.breakGlass', { residentId: other, reason: 'incident', note: 'ok' })).code).toBe(
      'VALIDATION',
    );
    expect(
      (await expectError(core, 'residents.breakGlass', { residentId: 'nobody', reason: 'incident', note: 'Fight in room 1' })).code,
    ).toBe('RESIDENT_NOT_ASSIGNED');
    const opened = await core.call('residents.breakGlass', {
      residentId: other,
      reason: 'risk_to_life',
      note: 'NOTE she fainted at night',
    });
    expect(opened).toMatchObject({ relation: 'broken_glass', brokenGlass: { reason: 'risk_to_life' } });
    expect((await core.call('residents.get', { id: other })).identity.familyName).toBe('Mukamana');
    expect((await core.call('residents.access.get', { residentId: other })).relation).toBe('broken_glass');
    expect((await search('mukamana')).items.map((i) => [i.id, i.restricted])).toEqual([[other, undefined]]);
    expect((await core.call('residents.stayLimit', {})).map((e) => e.resident.id).sort()).toEqual([mine, other].sort());
    await core.call('residents.history', { residentId: other });

    await core.lock('manual');
    await signIn(core, suite.template.staff.counsellor!);
    expect((await expectError(core, 'residents.get', { id: other })).code).toBe('RESIDENT_NOT_ASSIGNED');

    await core.lock('manual');
    await signIn(core, suite.template.manager);
    const overview = await core.call('residents.accessOverview', {});
    expect(overview.breakGlass).toEqual([
      expect.objectContaining({
        residentId: other,
        reason: 'risk_to_life',
        note: 'NOTE she fainted at night',
        userName: suite.template.staff.counsellor!.fullName,
      }),
    ]);
    expect(overview.unassigned.map((u) => [u.residentId, u.missingCounsellor, u.missingSocialWorker]).sort()).toEqual(
      [
        [mine, false, true],
        [other, true, true],
      ].sort(),
    );
    const audit = (await core.call('audit.list', { limit: 100 })).filter((e) => e.action === 'resident.glass_broken');
    expect(audit.map((e) => [e.targetId, e.details])).toEqual([[other, { reason: 'risk_to_life' }]]);
    // The reason's text stays out of the audit log.
    expect(JSON.stringify(await core.call('audit.list', { limit: 200 }))).not.toContain('NOTE she fainted');
    await core.lock('manual');
    await signIn(core, suite.template.staff.counsellor!);
  });

  it('opens every file again when a manager sets "every counsellor and social worker"', async () => {
    await core.lock('manual');
    await signIn(core, suite.template.manager);
    await core.call('settings.update', { residentAccess: 'all' });
    await core.lock('manual');
    await signIn(core, suite.template.staff.counsellor!);
    expect((await core.call('residents.get', { id: other })).id).toBe(other);
    expect((await search('mukamana')).items.map((i) => i.restricted)).toEqual([undefined]);
    await core.lock('manual');
    await signIn(core, suite.template.manager);
    await core.call('settings.update', { residentAccess: 'assigned' });
  });
});

describe('a social worker who admits', () => {
  it('is assigned to the resident she admits unless she picks someone else, so she can open the file', async () => {
    await core.lock('manual');
    await signIn(core, suite.template.staff.social_worker!);
    const made = await core.call('residents.admit', { identity: { givenNames: 'Diane' }, admittedOn: '2025-03-01' });
    expect((await core.call('residents.care.get', { residentId: made.id })).socialWorker?.id).toBe(suite.template.staff.social_worker!.id);
    await core.call('residents.update', { id: made.id, identity: { givenNames: 'Diane', familyName: 'Ingabire' } });
    const handed = await core.call('residents.admit', {
      identity: { givenNames: 'Esther' },
      admittedOn: '2025-03-01',
      socialWorkerId: null,
    });
    expect((await expectError(core, 'residents.get', { id: handed.id })).code).toBe('RESIDENT_NOT_ASSIGNED');
    expect(
      (await expectError(core, 'residents.admit', { identity: { givenNames: 'F' }, admittedOn: '2025-03-01', socialWorkerId: 'nobody' }))
        .code,
    ).toBe('VALIDATION');
  });
});

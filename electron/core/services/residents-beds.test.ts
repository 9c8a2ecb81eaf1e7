import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles';
import type { Core } from '../core';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true });

async function freshCore(as: Role = 'manager'): Promise<Core> {
  const core = openCore(suite.fresh('beds'));
  await signIn(core, as === 'manager' ? suite.template.manager : suite.template.staff[as]!);
  return core;
}

async function shelter(core: Core) {
  const room = await core.call('residents.createRoom', { name: 'Room 1', beds: ['A', 'B'] });
  const [a, b] = room.beds.map((x) => x.id) as [string, string];
  return { room, a, b };
}

const admit = (core: Core, name: string, admittedOn: string, bedId?: string) =>
  core.call('residents.admit', { identity: { givenNames: name }, admittedOn, bedId });

describe('rooms and beds', () => {
  it('a manager defines a room with beds; labels must differ and names be unique', async () => {
    const core = await freshCore();
    const { room } = await shelter(core);
    expect(room.beds.map((b) => b.label)).toEqual(['A', 'B']);
    expect((await expectError(core, 'residents.createRoom', { name: 'Room 1', beds: ['C'] })).fields?.[0]?.path).toBe('name');
    expect((await expectError(core, 'residents.createRoom', { name: 'Room 2', beds: ['C', 'c'] })).code).toBe('VALIDATION');
    expect((await core.call('audit.list', { limit: 50 })).some((e) => e.action === 'room.created')).toBe(true);
  });

  it('a manager renames a room, adds beds and removes a free one; an occupied bed stays', async () => {
    const core = await freshCore();
    const { room, a, b } = await shelter(core);
    await admit(core, 'Keza', '2025-03-01', a);
    const edited = await core.call('residents.editRoom', { roomId: room.id, name: 'Upstairs', addBeds: ['C'], removeBedIds: [b] });
    expect(edited.name).toBe('Upstairs');
    expect(edited.beds.map((x) => x.label)).toEqual(['A', 'C']);
    const board = await core.call('residents.bedBoard', {});
    expect(board.map((r) => [r.name, r.beds.map((x) => x.label)])).toEqual([['Upstairs', ['A', 'C']]]);

    // A bed with a resident in it tonight cannot go; nothing else in the same edit is applied.
    const occupied = await expectError(core, 'residents.editRoom', {
      roomId: room.id,
      name: 'Renamed again',
      addBeds: [],
      removeBedIds: [a],
    });
    expect(occupied.fields?.[0]).toMatchObject({ path: 'removeBedIds', code: 'bed.removeOccupied' });
    expect((await core.call('residents.bedBoard', {}))[0]!.name).toBe('Upstairs');
    // A new label may not repeat one still in the room; another room's name is taken.
    expect(
      (await expectError(core, 'residents.editRoom', { roomId: room.id, name: 'Upstairs', addBeds: ['a'], removeBedIds: [] })).code,
    ).toBe('VALIDATION');
    await core.call('residents.createRoom', { name: 'Room 2', beds: ['A'] });
    expect(
      (await expectError(core, 'residents.editRoom', { roomId: room.id, name: 'Room 2', addBeds: [], removeBedIds: [] })).fields?.[0]?.path,
    ).toBe('name');
    // A removed bed's label can be used again.
    const again = await core.call('residents.editRoom', { roomId: room.id, name: 'Upstairs', addBeds: ['B'], removeBedIds: [] });
    expect(again.beds.map((x) => x.label)).toEqual(['A', 'B', 'C']);
    expect((await core.call('audit.list', { limit: 50 })).filter((e) => e.action === 'room.updated')).toHaveLength(2);
    expect((await core.call('audit.verify', {})).ok).toBe(true);
  });

  it('only a manager edits rooms', async () => {
    const manager = await freshCore();
    const { room } = await shelter(manager);
    const counsellor = await freshCore('counsellor');
    expect((await expectError(counsellor, 'residents.editRoom', { roomId: room.id, name: 'X', addBeds: [], removeBedIds: [] })).code).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('assigns a bed at admission and shows it on the board and in the file', async () => {
    const core = await freshCore();
    const { a } = await shelter(core);
    const keza = await admit(core, 'Keza', '2025-03-01', a);
    expect(keza.beds).toEqual([{ bedId: a, roomName: 'Room 1', bedLabel: 'A', from: '2025-03-01', to: null }]);
    const board = await core.call('residents.bedBoard', {});
    expect(board[0]!.beds).toEqual([
      { id: a, label: 'A', occupant: { residentId: keza.id, code: keza.code, displayName: 'Keza', since: '2025-03-01' } },
      { id: expect.any(String), label: 'B', occupant: null },
    ]);
  });

  it('refuses a double booking, at admission and on a move, and saves nothing then', async () => {
    const core = await freshCore();
    const { a, b } = await shelter(core);
    const keza = await admit(core, 'Keza', '2025-03-01', a);
    const taken = await expectError(core, 'residents.admit', { identity: { givenNames: 'Ineza' }, admittedOn: '2025-03-05', bedId: a });
    expect(taken.fields).toEqual([{ path: 'bedId', code: 'bed.occupied', message: 'bed.occupied' }]);
    expect((await core.call('residents.search', {})).total).toBe(1);

    const ineza = await admit(core, 'Ineza', '2025-03-05', b);
    expect(
      (await expectError(core, 'residents.assignBed', { residentId: ineza.id, bedId: a, from: '2025-04-01' })).fields?.[0]?.message,
    ).toBe('bed.occupied');
    expect(
      (await expectError(core, 'residents.assignBed', { residentId: ineza.id, bedId: 'nope', from: '2025-04-01' })).fields?.[0]?.message,
    ).toBe('bed.unknown');
    expect((await expectError(core, 'residents.assignBed', { residentId: keza.id, bedId: b, from: '2025-02-01' })).fields?.[0]?.path).toBe(
      'from',
    );
    expect((await expectError(core, 'residents.assignBed', { residentId: 'nobody', bedId: b, from: '2025-04-01' })).code).toBe('NOT_FOUND');
  });

  it('moving keeps the history, frees the old bed, and a back-dated booking cannot overlap it', async () => {
    const core = await freshCore();
    const { a, b } = await shelter(core);
    const keza = await admit(core, 'Keza', '2025-03-01', a);
    const history = await core.call('residents.assignBed', { residentId: keza.id, bedId: b, from: '2025-04-10' });
    expect(history).toEqual([
      { bedId: b, roomName: 'Room 1', bedLabel: 'B', from: '2025-04-10', to: null },
      { bedId: a, roomName: 'Room 1', bedLabel: 'A', from: '2025-03-01', to: '2025-04-10' },
    ]);
    // Bed A was Keza's until 10 April: someone admitted on 1 April cannot have had it.
    const late = await admit(core, 'Ineza', '2025-04-01');
    expect(
      (await expectError(core, 'residents.assignBed', { residentId: late.id, bedId: a, from: '2025-04-01' })).fields?.[0]?.message,
    ).toBe('bed.occupied');
    await core.call('residents.assignBed', { residentId: late.id, bedId: a, from: '2025-04-10' });
    const board = await core.call('residents.bedBoard', {});
    expect(board[0]!.beds.map((x) => x.occupant?.displayName)).toEqual(['Ineza', 'Keza']);
    const moves = (await core.call('audit.list', { limit: 50 })).filter((e) => e.action === 'resident.bed_assigned');
    expect(moves.map((m) => m.details.moved)).toEqual([false, true, false]);
  });

  it('only managers define rooms; editors assign; the counsellor sees the board; reporting sees nothing', async () => {
    const manager = await freshCore();
    const { a } = await shelter(manager);
    const sw = await freshCore('social_worker');
    expect((await expectError(sw, 'residents.createRoom', { name: 'Room 9', beds: ['A'] })).code).toBe('PERMISSION_DENIED');
    const counsellor = await freshCore('counsellor');
    expect(await counsellor.call('residents.bedBoard', {})).toEqual([]);
    expect((await expectError(counsellor, 'residents.assignBed', { residentId: 'x', bedId: a, from: '2025-01-01' })).code).toBe(
      'PERMISSION_DENIED',
    );
    const reporting = await freshCore('reporting');
    expect((await expectError(reporting, 'residents.bedBoard', {})).code).toBe('PERMISSION_DENIED');
  });
});

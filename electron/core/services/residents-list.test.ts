import { beforeAll, describe, expect, it } from 'vitest';
import type { AdmissionInput } from '../../../shared/domain/resident';
import type { Core } from '../core';
import { residentsListRepo } from '../repositories/residents-list';
import { openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { todayIso } from './residents-records';

const suite = useVaultTemplate({ staff: ['social_worker', 'counsellor'], ownPasswords: true });
let core: Core;

const today = todayIso();
/** The same day `n` years earlier (as a birthday is counted). */
const yearsAgo = (n: number) => `${Number(today.slice(0, 4)) - n}${today.slice(4)}`;
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const ids: Record<string, string> = {};
let roomA = '';
let roomB = '';

const admit = async (name: string, extra: Partial<AdmissionInput> = {}, identity: Partial<AdmissionInput['identity']> = {}) => {
  const [givenNames, familyName] = name.split(' ');
  const file = await core.call('residents.admit', {
    identity: { givenNames, familyName, ...identity },
    admittedOn: today,
    ...extra,
  });
  ids[name] = file.id;
};

beforeAll(async () => {
  core = openCore(suite.fresh('list'));
  await signIn(core, suite.template.manager);
  const a = await core.call('residents.createRoom', { name: 'Room A', beds: ['1', '2'] });
  const b = await core.call('residents.createRoom', { name: 'Room B', beds: ['1'] });
  roomA = a.id;
  roomB = b.id;
  // Ages: a child, a 16-year-old since today, one turning 16 tomorrow, an estimate carried
  // forward from two years ago (15 then, 17 now), an adult and someone of unknown age.
  await admit('Ineza Child', { bedId: a.beds[0]!.id }, { dateOfBirth: yearsAgo(10) });
  await admit('Keza Sixteen', { bedId: a.beds[1]!.id }, { dateOfBirth: yearsAgo(16) });
  await admit('Neza Almost', { bedId: b.beds[0]!.id }, { dateOfBirth: dayAfter(yearsAgo(16)) });
  await admit('Teta Estimated', { admittedOn: yearsAgo(2) }, { estimatedAgeYears: 15 });
  await admit('Aline Adult', {}, { estimatedAgeYears: 30 });
  await admit('Uwase Unknown');
  await core.call('residents.discharge', { residentId: ids['Uwase Unknown']!, dischargedOn: today, destination: 'family' });
});

const names = async (filters: Record<string, unknown>) =>
  (await core.call('residents.search', { sort: 'name', ...filters })).items.map((i) => i.displayName).sort();

describe('residents list filters', () => {
  it('filters by age band, exact and estimated ages carried forward to today', async () => {
    expect(await names({ ageBand: 'under_16' })).toEqual(['Ineza Child', 'Neza Almost']);
    expect(await names({ ageBand: '16_17' })).toEqual(['Keza Sixteen', 'Teta Estimated']);
    expect(await names({ ageBand: 'adult' })).toEqual(['Aline Adult']);
    expect(await names({ ageBand: 'unknown' })).toEqual(['Uwase Unknown']);
  });

  it('filters by the room of today’s bed, and combines filters with each other and with a query', async () => {
    expect(await names({ roomId: roomA })).toEqual(['Ineza Child', 'Keza Sixteen']);
    expect(await names({ roomId: roomB })).toEqual(['Neza Almost']);
    expect(await names({ roomId: roomA, ageBand: 'under_16' })).toEqual(['Ineza Child']);
    expect(await names({ status: 'discharged' })).toEqual(['Uwase Unknown']);
    expect(await names({ status: 'admitted', ageBand: 'unknown' })).toEqual([]);
    expect(await names({ query: 'eza', roomId: roomA })).toEqual(['Ineza Child', 'Keza Sixteen']);
    const r = await core.call('residents.search', { query: 'eza', ageBand: 'under_16' });
    expect(r.items.map((i) => i.displayName).sort()).toEqual(['Ineza Child', 'Neza Almost']);
    expect(r.total).toBe(2);
  });

  it('filters by risk level and by assigned staff, as social worker or as counsellor', async () => {
    const sw = suite.template.staff.social_worker!.id;
    const co = suite.template.staff.counsellor!.id;
    await core.call('residents.care.update', { residentId: ids['Ineza Child']!, socialWorkerId: sw, riskLevel: 'high' });
    await core.call('residents.care.update', { residentId: ids['Teta Estimated']!, counsellorId: co, riskLevel: 'moderate' });
    await core.call('residents.care.update', { residentId: ids['Aline Adult']!, socialWorkerId: sw, counsellorId: co });
    expect(await names({ riskLevel: 'high' })).toEqual(['Ineza Child']);
    expect(await names({ riskLevel: 'moderate' })).toEqual(['Teta Estimated']);
    expect((await names({ riskLevel: 'none' })).length).toBe(4);
    expect(await names({ staffId: sw })).toEqual(['Aline Adult', 'Ineza Child']);
    expect(await names({ staffId: co })).toEqual(['Aline Adult', 'Teta Estimated']);
    expect(await names({ staffId: co, riskLevel: 'moderate', query: 'teta' })).toEqual(['Teta Estimated']);
  });

  it('refuses filter values outside the lists', async () => {
    await expect(core.call('residents.search', { ageBand: 'teen' } as never)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(core.call('residents.search', { riskLevel: 'extreme' } as never)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(core.call('residents.search', { roomId: '' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('residents list rows', () => {
  it('show today’s room and bed, and whether the age is an estimate', async () => {
    const r = await core.call('residents.search', { sort: 'name' });
    const row = (name: string) => r.items.find((i) => i.displayName === name)!;
    expect(row('Ineza Child')).toMatchObject({ roomName: 'Room A', bedLabel: '1', ageYears: 10, ageIsEstimate: false });
    expect(row('Teta Estimated')).toMatchObject({ roomName: null, bedLabel: null, ageYears: 17, ageIsEstimate: true });
    expect(row('Uwase Unknown')).toMatchObject({ ageYears: null, ageIsEstimate: false, roomName: null });
  });

  it('sorts by name both ways and keeps paging consistent', async () => {
    const asc = (await core.call('residents.search', { sort: 'name' })).items.map((i) => i.displayName);
    const desc = (await core.call('residents.search', { sort: 'name', direction: 'desc' })).items.map((i) => i.displayName);
    expect(desc).toEqual([...asc].reverse());
    const second = await core.call('residents.search', { sort: 'name', limit: 2, offset: 2 });
    expect(second.items.map((i) => i.displayName)).toEqual(asc.slice(2, 4));
  });

  it('sorts by age, youngest or oldest first, unknown ages last, in pages and within a search', async () => {
    const sorted = async (input: Record<string, unknown>) =>
      (await core.call('residents.search', { sort: 'age', ...input })).items.map((i) => i.displayName);
    const youngest = ['Ineza Child', 'Neza Almost', 'Keza Sixteen', 'Teta Estimated', 'Aline Adult', 'Uwase Unknown'];
    expect(await sorted({})).toEqual(youngest);
    expect(await sorted({ direction: 'desc' })).toEqual([
      'Aline Adult',
      'Teta Estimated',
      'Keza Sixteen',
      'Neza Almost',
      'Ineza Child',
      'Uwase Unknown',
    ]);
    expect(await sorted({ limit: 2, offset: 2 })).toEqual(youngest.slice(2, 4));
    // A search's matches are few, so core orders them itself: the same order.
    expect(await sorted({ query: 'eza' })).toEqual(['Ineza Child', 'Neza Almost', 'Keza Sixteen']);
    expect(await sorted({ query: 'eza', direction: 'desc' })).toEqual(['Keza Sixteen', 'Neza Almost', 'Ineza Child']);
  });

  it('writes each name family name first, as the list sorts it', async () => {
    const items = (await core.call('residents.search', { sort: 'name' })).items;
    expect(items.map((i) => i.listName)).toEqual([
      'Adult Aline',
      'Almost Neza',
      'Child Ineza',
      'Estimated Teta',
      'Sixteen Keza',
      'Unknown Uwase',
    ]);
  });
});

describe('residents list indexes', () => {
  it('answers an age band from the birth-key index', async () => {
    const plan = await residentsListRepo.plan(core.state.session!.db, {
      filters: { born: { after: yearsAgo(18), onOrBefore: yearsAgo(16) } },
      order: 'name',
      direction: 'asc',
      limit: 50,
      offset: 0,
    });
    expect(plan).toContain('residents_birth_key');
  });

  it('walks the birth-key index for a page in age order, either way', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const plan = await residentsListRepo.pagePlan(core.state.session!.db, { filters: {}, order: 'age', direction, limit: 50, offset: 0 });
      expect(plan).toContain('USING INDEX residents_birth_key');
    }
  });
});

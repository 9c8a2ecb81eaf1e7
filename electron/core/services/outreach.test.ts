import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

/** The outreach and training log: recorded by staff, read by the reporting role, counted in reports. */
const suite = useVaultTemplate({ staff: ['social_worker', 'reporting'], ownPasswords: true });
let core: Core;
const school: Record<string, unknown> & { partnerIds: string[] } = {
  heldOn: '2025-03-04',
  type: 'school_talk',
  province: 'east',
  district: 'bugesera',
  sector: 'Gashora',
  audience: 'students',
  femaleUnder18: 40,
  maleUnder18: 35,
  partnerIds: ['partner-seed-iom'],
  notes: 'Groupe S3, questions sur les offres d’emploi à Dubaï',
};

beforeAll(async () => {
  core = openCore(suite.fresh('outreach'));
  await signIn(core, suite.template.manager);
}, 60_000);
afterAll(() => core?.close());

describe('the outreach and training log', () => {
  it('records an activity in a district (spelled officially) or a camp, and lists it with filters', async () => {
    const sw = suite.template.staff.social_worker!;
    const a = await core.call('outreach.record', { ...school, staffIds: [sw.id] } as never);
    expect(a).toMatchObject({
      type: 'school_talk',
      district: 'Bugesera',
      sector: 'Gashora',
      camp: null,
      partners: ['IOM Rwanda'],
      staff: [sw.fullName],
      femaleUnder18: 40,
      maleUnder18: 35,
      femaleAdult: 0,
    });
    await core.call('outreach.record', {
      heldOn: '2025-05-20',
      type: 'refugee_camp_campaign',
      camp: 'mahama',
      audience: 'refugees',
      femaleAdult: 120,
      maleAdult: 80,
    });
    expect((await core.call('outreach.list', {})).map((x) => x.type)).toEqual(['refugee_camp_campaign', 'school_talk']);
    expect((await core.call('outreach.list', { type: 'school_talk' })).length).toBe(1);
    expect((await core.call('outreach.list', { district: 'Bugesera' })).length).toBe(1);
    expect((await core.call('outreach.list', { from: '2025-04-01', to: '2025-06-30' })).map((x) => x.camp)).toEqual(['mahama']);
    const audit = (await core.call('audit.list', { limit: 10 })).filter((e) => e.action === 'outreach.recorded');
    expect(audit).toHaveLength(2);
  });

  it('refuses an activity with no place, nobody counted, an unknown district, staff or partner; writes nothing', async () => {
    const before = (await core.call('outreach.list', {})).length;
    const field = async (input: Record<string, unknown>) => {
      const e = await expectError(core, 'outreach.record', input);
      return [e.code, e.fields?.[0]?.code ?? null];
    };
    expect(await field({ ...school, district: undefined, province: undefined, sector: undefined })).toEqual([
      'VALIDATION',
      'outreach.placeRequired',
    ]);
    expect(await field({ ...school, femaleUnder18: 0, maleUnder18: 0 })).toEqual(['VALIDATION', 'outreach.nobodyCounted']);
    expect(await field({ ...school, district: 'Atlantis' })).toEqual(['VALIDATION', 'origin.placeUnknown']);
    expect(await field({ ...school, staffIds: ['nobody'] })).toEqual(['VALIDATION', 'outreach.staffUnknown']);
    // The reporting role reads the log; it is never among those who held the event.
    expect(await field({ ...school, staffIds: [suite.template.staff.reporting!.id] })).toEqual(['VALIDATION', 'outreach.staffUnknown']);
    expect((await expectError(core, 'outreach.record', { ...school, partnerIds: ['made-up'] })).code).toBe('PARTNER_NOT_FOUND');
    expect((await expectError(core, 'outreach.record', { ...school, femaleAdult: -3 })).code).toBe('VALIDATION');
    expect((await core.call('outreach.list', {})).length).toBe(before);
  });

  it('is counted in reports: activities by type and people reached by sex and age', async () => {
    const r = await core.call('reports.run', { from: '2025-01-01', to: '2025-06-30' });
    const rows = (id: string) => Object.fromEntries(r.sections.find((s) => s.id === id)!.rows.map((x) => [x.key, x.count]));
    expect(rows('outreach_activities')).toEqual({ school_talk: 1, refugee_camp_campaign: 1 });
    expect(rows('outreach_reached')).toEqual({ femaleUnder18: 40, maleUnder18: 35, femaleAdult: 120, maleAdult: 80 });
    expect(r.sections.find((s) => s.id === 'outreach_reached')!.total).toBe(275);
  });

  it("names the staff who may be picked as present (every active account but the reporting role's, nobody disabled) and the directory's partners", async () => {
    const sw = suite.template.staff.social_worker!;
    const names = (await core.call('directory.names', {})).staff;
    expect(names.map((n) => n.id).sort()).toEqual([suite.template.manager.id, sw.id].sort());
    expect(names.find((n) => n.id === sw.id)).toEqual({ id: sw.id, displayName: sw.fullName, role: 'social_worker' });
    const partners = (await core.call('directory.names', {})).partners;
    expect(partners).toContainEqual({ id: 'partner-seed-iom', name: 'IOM Rwanda', type: expect.any(String) as string });
    expect(Object.keys(partners[0]!).sort()).toEqual(['id', 'name', 'type']);
    const gone = await core.call('users.create', {
      fullName: 'Left Last Year',
      username: 'left1',
      role: 'counsellor',
      password: 'Temporary-pass-2041!',
    });
    expect((await core.call('directory.names', {})).staff.map((n) => n.id)).toContain(gone.id);
    await core.call('users.disable', { id: gone.id });
    expect((await core.call('directory.names', {})).staff.map((n) => n.id)).not.toContain(gone.id);
  });

  it('lets the reporting role read the log but not write to it', async () => {
    await core.lock('manual');
    await signIn(core, suite.template.staff.reporting!);
    try {
      expect((await core.call('outreach.list', {})).length).toBe(2);
      expect((await expectError(core, 'outreach.record', school)).code).toBe('PERMISSION_DENIED');
      expect((await expectError(core, 'directory.names', {})).code).toBe('PERMISSION_DENIED');
    } finally {
      await core.lock('manual');
      await signIn(core, suite.template.manager);
    }
  });
});

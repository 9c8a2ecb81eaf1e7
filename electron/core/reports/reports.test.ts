import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { ReportSection } from '../../../shared/domain/reports';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { managerHome } from './home';

/**
 * Aggregates against a shelter small enough to count by hand. Period: first half of 2025.
 *   A  female, born 2000-03-01, RW; 2025-02-01 → 2025-03-15 (42 days, to family); Isange;
 *      forced labour + forced begging (one CTDC category), threats to her and to her family
 *      (one CTDC category), social media + online advert (one HTCDS method); AE, SA; student.
 *   B  female, born 2008-05-05, RW+UG; from 2025-03-01, still here; RIB; sexual exploitation,
 *      debt bondage; AE; seeking work; one referral out to IOM in April.
 *   C  male, born 1990-01-01; 2024-10-01 → 2025-01-10 (101 days, independent); no profile.
 *   D  admitted after the period; E discharged before it: neither counts.
 */
const suite = useVaultTemplate({ staff: ['reporting'], ownPasswords: true });
const period = { from: '2025-01-01', to: '2025-06-30' };

let core: Core;
beforeAll(async () => {
  core = openCore(suite.fresh('reports'));
  await signIn(core, suite.template.manager);
  const admit = async (identity: Record<string, unknown>, admittedOn: string, sourceType?: string) =>
    (
      await core.call('residents.admit', {
        identity,
        admittedOn,
        ...(sourceType ? { referral: { sourceType } } : {}),
      } as never)
    ).id;
  const a = await admit(
    { givenNames: 'Keza', sex: 'female', dateOfBirth: '2000-03-01', nationalities: ['RW'] },
    '2025-02-01',
    'isange_one_stop_centre',
  );
  await core.call('residents.profile.save', {
    residentId: a,
    profile: {
      exploitationTypes: ['forced_labour', 'forced_begging'],
      meansOfControl: ['physical_threats', 'threatens_family'],
      recruitmentMethods: ['social_media', 'online_advertisement'],
      exploitationCountries: ['AE', 'SA'],
      employmentAtRecruitment: 'student',
    },
  });
  await core.call('residents.discharge', { residentId: a, dischargedOn: '2025-03-15', destination: 'family' });
  const b = await admit(
    { givenNames: 'Aline', sex: 'female', dateOfBirth: '2008-05-05', nationalities: ['RW', 'UG'] },
    '2025-03-01',
    'police_rib',
  );
  await core.call('residents.profile.save', {
    residentId: b,
    profile: {
      exploitationTypes: ['sexual_exploitation'],
      meansOfControl: ['debt_bondage'],
      exploitationCountries: ['AE'],
      employmentAtRecruitment: 'unemployed_seeking_work',
    },
  });
  await core.call('residents.referralsOut.create', {
    residentId: b,
    partnerId: 'partner-seed-iom',
    categories: ['identity'],
    referredOn: '2025-04-01',
    override: { reason: 'legal_obligation', note: 'Court order' },
  });
  const c = await admit({ givenNames: 'Eric', sex: 'male', dateOfBirth: '1990-01-01' }, '2024-10-01');
  await core.call('residents.discharge', { residentId: c, dischargedOn: '2025-01-10', destination: 'independent' });
  await admit({ givenNames: 'Later', sex: 'female', dateOfBirth: '1995-01-01' }, '2025-07-05', 'iom');
  const e = await admit({ givenNames: 'Earlier', sex: 'male', dateOfBirth: '1985-01-01' }, '2024-01-01');
  await core.call('residents.discharge', { residentId: e, dischargedOn: '2024-06-01', destination: 'family' });
}, 120_000);
afterAll(() => core?.close());

const rowsOf = (sections: ReportSection[], id: string) => {
  const s = sections.find((x) => x.id === id)!;
  return { total: s.total, available: s.available, rows: Object.fromEntries(s.rows.map((r) => [r.key, r.count])) };
};

describe('reports over residents data', () => {
  it('counts the residents with a stay in the period, as computed by hand', async () => {
    const r = await core.call('reports.run', period);
    expect(r.residents).toBe(3);
    const s = r.sections;
    expect(rowsOf(s, 'sex')).toEqual({ total: 3, available: true, rows: { female: 2, male: 1 } });
    expect(rowsOf(s, 'age_band').rows).toEqual({ '24_26': 1, '9_17': 1, '30_38': 1 });
    expect(rowsOf(s, 'nationality')).toMatchObject({ total: 3, rows: { RW: 2, UG: 1, unknown: 1 } });
    expect(rowsOf(s, 'employment_at_recruitment')).toMatchObject({ total: 2, rows: { student: 1, unemployed_seeking_work: 1 } });
    expect(rowsOf(s, 'exploitation')).toMatchObject({ total: 2, rows: { forced_labour: 1, sexual_exploitation: 1 } });
    expect(rowsOf(s, 'destination')).toMatchObject({ total: 2, rows: { AE: 2, SA: 1 } });
    expect(rowsOf(s, 'means_of_control')).toMatchObject({ total: 2, rows: { threats: 1, debt_bondage: 1 } });
    expect(rowsOf(s, 'recruitment')).toMatchObject({ total: 1, rows: { internet: 1 } });
    expect(rowsOf(s, 'referral_source')).toMatchObject({ total: 2, rows: { isange_one_stop_centre: 1, police_rib: 1 } });
    expect(rowsOf(s, 'length_of_stay')).toMatchObject({ total: 2, rows: { '1_3_months': 1, '3_6_months': 1 } });
    expect(rowsOf(s, 'discharge_destination')).toMatchObject({ total: 2, rows: { family: 1, independent: 1 } });
    expect(rowsOf(s, 'referrals_out')).toMatchObject({ total: 1, rows: { iom: 1 } });
    // Filled through the section registry (follow-up-sections.test.ts counts them); nobody here has sessions or visits.
    for (const id of ['counselling_attendance', 'who5_change', 'reintegration_6_months', 'reintegration_12_months'])
      expect(rowsOf(s, id)).toEqual({ total: 0, available: true, rows: {} });
  });

  it('narrows to a site, and says plainly when nobody was there', async () => {
    expect((await core.call('reports.run', { ...period, site: 'KGL' })).residents).toBe(3);
    const empty = await core.call('reports.run', { from: '2023-01-01', to: '2023-01-31' });
    expect(empty.residents).toBe(0);
    expect(empty.sections.every((x) => x.total === 0 && x.rows.length === 0)).toBe(true);
  });

  it('refuses a period ending before it starts, a site that does not exist and a missing day, by name', async () => {
    expect(await expectError(core, 'reports.run', { from: '2025-06-30', to: '2025-01-01' })).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'to', code: 'report.periodReversed' }],
    });
    expect(await expectError(core, 'reports.run', { ...period, site: 'NOPE' })).toMatchObject({
      code: 'VALIDATION',
      fields: [{ path: 'site', code: 'report.siteUnknown' }],
    });
    expect((await expectError(core, 'reports.run', { from: '2025-01-01' })).code).toBe('VALIDATION');
  });

  it('lets the reporting role read reports and refuses it every resident channel', async () => {
    await core.lock('manual');
    await signIn(core, suite.template.staff.reporting!);
    try {
      expect((await core.call('reports.run', period)).residents).toBe(3);
      expect((await expectError(core, 'residents.search', {})).code).toBe('PERMISSION_DENIED');
      expect((await expectError(core, 'residents.stayLimit', {})).code).toBe('PERMISSION_DENIED');
    } finally {
      await core.lock('manual');
      await signIn(core, suite.template.manager);
    }
  });

  it('gives the manager occupancy now and by month, admissions and discharges by month (as counted by hand)', async () => {
    const home = await managerHome(core.state.session!.db, '2025-06-15');
    expect(home.occupancyNow).toBe(1);
    expect(home.months.map((m) => [m.month, m.occupancy, m.admissions, m.discharges])).toEqual([
      ['2024-07', 0, 0, 0],
      ['2024-08', 0, 0, 0],
      ['2024-09', 0, 0, 0],
      ['2024-10', 1, 1, 0],
      ['2024-11', 1, 0, 0],
      ['2024-12', 1, 0, 0],
      ['2025-01', 1, 0, 1],
      ['2025-02', 1, 1, 0],
      ['2025-03', 2, 1, 1],
      ['2025-04', 1, 0, 0],
      ['2025-05', 1, 0, 0],
      ['2025-06', 1, 0, 0],
    ]);
    expect((await core.call('home.managerFigures', {})).months).toHaveLength(12);
  });
});

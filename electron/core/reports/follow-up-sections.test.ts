import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { ReportSection } from '../../../shared/domain/reports';
import { openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { dischargedResident, ratings } from '../testing/reintegration';
import { attendanceBand, compositeBand, who5Band } from './follow-up-sections';
import { exportTable } from './table';

/**
 * The sections Rehabilitation and Reintegration feed, against a shelter counted by hand.
 * Period: first half of 2025.
 *   P  sessions 2024-12-20 attended, WHO-5 0 (before the period: not counted);
 *      2025-01-10 attended, WHO-5 40; 2025-02-10 attended, WHO-5 60; 2025-03-10 missed.
 *      → attended 2 of 3: "most"; WHO-5 40 → 60 (+20): "improved".
 *   Q  2025-01-15 attended, WHO-5 60; 2025-02-15 attended, WHO-5 56; 2025-03-15 cancelled by
 *      staff (not hers to miss). → 2 of 2: "all"; 60 → 56 (−4): "unchanged".
 *   R  2025-02-01 missed; 2025-02-08 cancelled by her. → 0 of 2: "none"; no WHO-5.
 *   S  discharged 2024-06-30; 6-month visit 2025-01-05, all rated 4 → "score_4_5";
 *      12-month visit 2025-06-20, all rated 2 → "score_2_3".
 *   T  discharged 2024-08-31; 6-month visit 2025-03-01, not reached → "not_reached".
 *   U  discharged 2024-03-31; 6-month visit 2024-10-01 (before the period: not counted).
 */
const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true });
const period = { from: '2025-01-01', to: '2025-06-30' };

let core: Core;
let sections: ReportSection[];
beforeAll(async () => {
  core = openCore(suite.fresh('follow-up-sections'));
  await signIn(core, suite.template.manager);
  const counsellorId = suite.template.staff.counsellor!.id;
  const admit = async (givenNames: string) => {
    const r = await core.call('residents.admit', { identity: { givenNames }, admittedOn: '2024-12-01', socialWorkerId: null });
    await core.call('residents.care.update', { residentId: r.id, counsellorId });
    return r.id;
  };
  const [p, q, r] = [await admit('Aline'), await admit('Beata'), await admit('Claudine')];

  const visit = async (residentId: string, month: number, visitedOn: string, rated: number | null) => {
    const v = (await core.call('residents.reintegration.get', { residentId })).visits.find((x) => x.month === month)!;
    const seen = { visitId: v.id, visitedOn, mode: 'home_visit', visitors: 'Social worker' } as const;
    await core.call(
      'residents.reintegration.recordVisit',
      rated === null ? { ...seen, reached: false } : { ...seen, reached: true, ratings: ratings(rated) },
    );
  };
  const followed = async (admittedOn: string, dischargedOn: string) => {
    const id = await dischargedResident(core, { admittedOn, dischargedOn });
    await core.call('residents.reintegration.startSchedule', { residentId: id });
    return id;
  };
  const s = await followed('2024-01-10', '2024-06-30');
  await visit(s, 6, '2025-01-05', 4);
  await visit(s, 12, '2025-06-20', 2);
  await visit(await followed('2024-02-10', '2024-08-31'), 6, '2025-03-01', null);
  await visit(await followed('2024-01-05', '2024-03-31'), 6, '2024-10-01', 3);

  await core.lock('manual');
  await signIn(core, suite.template.staff.counsellor!);
  const session = (residentId: string, day: string, attendance: string, items: number[] | null) =>
    core.call('residents.sessions.save', {
      residentId,
      type: 'individual',
      startsAt: `${day}T09:00:00.000Z`,
      durationMinutes: 50,
      counsellorId,
      topics: ['sleep'],
      participant: { attendance, who5: items, distress: null },
    } as never);
  await session(p, '2024-12-20', 'attended', [0, 0, 0, 0, 0]);
  await session(p, '2025-01-10', 'attended', [2, 2, 2, 2, 2]);
  await session(p, '2025-02-10', 'attended', [3, 3, 3, 3, 3]);
  await session(p, '2025-03-10', 'missed', null);
  await session(q, '2025-01-15', 'attended', [3, 3, 3, 3, 3]);
  await session(q, '2025-02-15', 'attended', [3, 3, 3, 3, 2]);
  await session(q, '2025-03-15', 'cancelled_by_staff', null);
  await session(r, '2025-02-01', 'missed', null);
  await session(r, '2025-02-08', 'cancelled_by_resident', null);
  await core.lock('manual');
  await signIn(core, suite.template.manager);
  sections = (await core.call('reports.run', period)).sections;
}, 120_000);
afterAll(() => core?.close());

const rowsOf = (id: string) => {
  const s = sections.find((x) => x.id === id)!;
  return { total: s.total, available: s.available, rows: Object.fromEntries(s.rows.map((r) => [r.key, r.count])) };
};

describe('report sections fed by Rehabilitation and Reintegration', () => {
  it('counts counselling attendance per person, leaving out sessions staff cancelled and those outside the period', () => {
    expect(rowsOf('counselling_attendance')).toEqual({ total: 3, available: true, rows: { most: 1, all: 1, none: 1 } });
  });

  it('counts WHO-5 change from the first to the last score in the period, for people scored twice', () => {
    expect(rowsOf('who5_change')).toEqual({ total: 2, available: true, rows: { improved: 1, unchanged: 1 } });
  });

  it('counts reintegration scores at 6 and 12 months from visits made in the period', () => {
    expect(rowsOf('reintegration_6_months')).toEqual({ total: 2, available: true, rows: { score_4_5: 1, not_reached: 1 } });
    expect(rowsOf('reintegration_12_months')).toEqual({ total: 1, available: true, rows: { score_2_3: 1 } });
  });

  it('shows these small counts as "<5" in what leaves the app, with translated labels', async () => {
    const report = await core.call('reports.run', period);
    const section = 'Scores de réintégration à 6 mois';
    expect(exportTable(report, 'fr').rows.filter((r) => r[0] === section)).toEqual([
      [section, 'Non jointe', '<5'],
      [section, 'Score de 4 à 5', '<5'],
      [section, 'Total', '<5'],
    ]);
  });

  it('says an empty period is empty', async () => {
    const empty = (await core.call('reports.run', { from: '2023-01-01', to: '2023-01-31' })).sections;
    for (const id of ['counselling_attendance', 'who5_change', 'reintegration_6_months', 'reintegration_12_months'])
      expect(empty.find((s) => s.id === id)).toMatchObject({ available: true, total: 0, rows: [] });
  });

  it('puts the band edges where the labels say', () => {
    expect([attendanceBand(3, 3), attendanceBand(1, 2), attendanceBand(1, 3), attendanceBand(0, 1)]).toEqual([
      'all',
      'most',
      'some',
      'none',
    ]);
    expect([who5Band(40, 50), who5Band(40, 49), who5Band(40, 31), who5Band(40, 30)]).toEqual([
      'improved',
      'unchanged',
      'unchanged',
      'worsened',
    ]);
    expect([1, 1.99, 2, 3.99, 4, 5].map((c) => compositeBand(true, c))).toEqual([
      'score_1_2',
      'score_1_2',
      'score_2_3',
      'score_3_4',
      'score_4_5',
      'score_4_5',
    ]);
    expect([compositeBand(false, null), compositeBand(true, null)]).toEqual(['not_reached', 'not_scored']);
  });
});

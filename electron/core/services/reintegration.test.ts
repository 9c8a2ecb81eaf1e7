import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { ChannelInput } from '../../../shared/contract';
import { expectError, openCore, signIn, TestClock, useVaultTemplate } from '../testing/vault-fixture';
import { dischargedResident, ratings } from '../testing/reintegration';
import { addMonths } from './reintegration-dates';
import { scheduleDates } from './reintegration-schedule';
import { reintegrationScore, attentionReasons } from '../../../shared/domain/reintegration-score';

/**
 * The follow-up year: schedule, reschedule, visits and scores, overdue by the shelter's day,
 * the follow-up consent gate and its withdrawal, and the plan's refusals.
 */
const suite = useVaultTemplate({ staff: ['social_worker', 'counsellor'], ownPasswords: true, residentAccess: 'all' });
// 23:59:59 on 30 April 2025 in Kigali (UTC+2).
const clock = new TestClock(Date.parse('2025-04-30T21:59:59Z'));
let core: Core;

beforeAll(async () => {
  core = openCore(suite.fresh('reintegration'), { now: clock.now, scheduledBackups: false });
  await signIn(core, suite.template.manager);
});

const view = (residentId: string) => core.call('residents.reintegration.get', { residentId });

describe('schedule dates', () => {
  it('adds calendar months, a missing day falling on the month’s last', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 3)).toBe('2025-06-30');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(scheduleDates('2025-03-31', [12, 1, 6, 3, 3]).map((d) => d.dueOn)).toEqual([
      '2025-04-30',
      '2025-06-30',
      '2025-09-30',
      '2026-03-31',
    ]);
  });
});

describe('scores', () => {
  it('averages each dimension’s indicators and weighs the three dimensions equally', () => {
    const s = reintegrationScore(ratings(3, { income: 5, food_security: 5, housing: 5, debt: 5, wellbeing: 1 }));
    expect(s).toEqual({ economic: 5, social: 3, psychosocial: 2.33, composite: 3.44 });
  });

  it('flags a falling composite and two misses in a row', () => {
    expect(
      attentionReasons([
        { reached: true, composite: 3.5 },
        { reached: true, composite: 3 },
      ]),
    ).toEqual(['falling']);
    expect(
      attentionReasons([
        { reached: true, composite: 3.5 },
        { reached: true, composite: 3.1 },
      ]),
    ).toEqual([]);
    expect(
      attentionReasons([
        { reached: false, composite: null },
        { reached: false, composite: null },
      ]),
    ).toEqual(['not_reached_twice']);
    expect(
      attentionReasons([
        { reached: false, composite: null },
        { reached: true, composite: 2 },
        { reached: false, composite: null },
      ]),
    ).toEqual([]);
  });
});

describe('the follow-up year', () => {
  it('schedules visits at 1, 3, 6 and 12 months after discharge, once', async () => {
    const id = await dischargedResident(core);
    expect(await core.call('residents.reintegration.startSchedule', { residentId: id })).toEqual({ scheduled: 4 });
    const v = await view(id);
    expect(v.visits.map((x) => [x.month, x.dueOn, x.status])).toEqual([
      [1, '2025-04-30', 'due'],
      [3, '2025-06-30', 'due'],
      [6, '2025-09-30', 'due'],
      [12, '2026-03-31', 'due'],
    ]);
    const again = await expectError(core, 'residents.reintegration.startSchedule', { residentId: id });
    expect(again.fields?.[0]).toMatchObject({ path: 'residentId', code: 'reintegration.alreadyScheduled' });
  });

  it('follows the shelter’s months setting', async () => {
    await core.call('settings.update', { followUpMonths: [2, 4] });
    try {
      const id = await dischargedResident(core);
      await core.call('residents.reintegration.startSchedule', { residentId: id });
      expect((await view(id)).visits.map((x) => x.dueOn)).toEqual(['2025-05-31', '2025-07-31']);
    } finally {
      await core.call('settings.update', { followUpMonths: [1, 3, 6, 12] });
    }
  });

  it('refuses to schedule before discharge or without her follow-up contact consent, naming it', async () => {
    const inside = await core.call('residents.admit', {
      identity: { givenNames: 'Inside' },
      admittedOn: '2025-02-01',
      socialWorkerId: null,
    });
    const e = await expectError(core, 'residents.reintegration.startSchedule', { residentId: inside.id });
    expect(e.fields?.[0]?.code).toBe('reintegration.notDischarged');
    const noConsent = await dischargedResident(core, { consent: false });
    const c = await expectError(core, 'residents.reintegration.startSchedule', { residentId: noConsent });
    expect(c.code).toBe('CONSENT_REQUIRED');
    expect(c.fields?.[0]).toMatchObject({ path: 'consent', code: 'follow_up_contact' });
    expect((await view(noConsent)).visits).toEqual([]);
  });

  it('reschedules with a reason kept beside the dates; no reason, or a date before discharge, is refused by name', async () => {
    const id = await dischargedResident(core);
    await core.call('residents.reintegration.startSchedule', { residentId: id });
    const visitId = (await view(id)).visits[0]!.id;
    const noReason = await expectError(core, 'residents.reintegration.reschedule', { visitId, dueOn: '2025-05-07', reason: '  ' });
    expect(noReason.fields?.[0]).toMatchObject({ path: 'reason', code: 'required' });
    const early = await expectError(core, 'residents.reintegration.reschedule', { visitId, dueOn: '2025-03-01', reason: 'Rains' });
    expect(early.fields?.[0]).toMatchObject({ path: 'dueOn', code: 'reintegration.dueBeforeDischarge' });
    await core.call('residents.reintegration.reschedule', { visitId, dueOn: '2025-05-07', reason: 'Road cut by the rains' });
    const v = (await view(id)).visits[0]!;
    expect(v.dueOn).toBe('2025-05-07');
    expect(v.rescheduled).toEqual([expect.objectContaining({ from: '2025-04-30', to: '2025-05-07', reason: 'Road cut by the rains' })]);
  });

  it('records a visit with its scores; refuses a score outside 1–5, missing scores, and a visit before discharge', async () => {
    const id = await dischargedResident(core);
    await core.call('residents.reintegration.startSchedule', { residentId: id });
    const visitId = (await view(id)).visits[0]!.id;
    const base = {
      visitId,
      visitedOn: '2025-04-29',
      mode: 'home_visit',
      visitors: 'Social worker and village leader',
      reached: true,
    } as const;
    const six = await expectError(core, 'residents.reintegration.recordVisit', { ...base, ratings: ratings(3, { safety: 6 }) });
    expect(six.fields?.[0]).toMatchObject({ path: 'ratings.safety', code: 'number' });
    const none = await expectError(core, 'residents.reintegration.recordVisit', base);
    expect(none.fields?.[0]).toMatchObject({ path: 'ratings', message: 'reintegration.scoresRequired' });
    const before = await expectError(core, 'residents.reintegration.recordVisit', {
      ...base,
      visitedOn: '2025-03-30',
      ratings: ratings(3),
    });
    expect(before.fields?.[0]).toMatchObject({ path: 'visitedOn', code: 'reintegration.visitBeforeDischarge' });
    expect((await view(id)).visits[0]!.status).toBe('due');

    const done = await core.call('residents.reintegration.recordVisit', {
      ...base,
      ratings: ratings(4),
      findings: 'Selling vegetables at the market',
    });
    expect(done).toMatchObject({ status: 'done', reached: true, scores: { economic: 4, social: 4, psychosocial: 4, composite: 4 } });
    const twice = await expectError(core, 'residents.reintegration.recordVisit', { ...base, ratings: ratings(4) });
    expect(twice.fields?.[0]?.code).toBe('reintegration.visitNotDue');
  });

  it('marks her visits still due as not to be made when her follow-up consent is withdrawn, and refuses new records', async () => {
    const id = await dischargedResident(core);
    await core.call('residents.reintegration.startSchedule', { residentId: id });
    const consent = (await core.call('residents.consents.list', { residentId: id })).find((c) => c.purpose === 'follow_up_contact')!;
    await core.call('residents.consents.withdraw', { consentId: consent.id, withdrawnOn: '2025-04-15' });
    const v = await view(id);
    expect(v.visits.map((x) => [x.status, x.cancelledBecause])).toEqual(Array(4).fill(['not_to_be_made', 'consent_withdrawn']));
    expect(v.followUpConsent).toBe(false);
  });
});

describe('My visits, by the shelter’s day (Africa/Kigali)', () => {
  it('turns a visit overdue at midnight in Kigali, not at midnight UTC', async () => {
    const sw = suite.template.staff.social_worker!;
    const id = await dischargedResident(core, { socialWorkerId: sw.id, name: 'Kigali Boundary' });
    await core.call('residents.reintegration.startSchedule', { residentId: id });
    const mine = async () => {
      const m = await core.call('reintegration.myVisits', {});
      const pick = (l: typeof m.overdue) => l.items.filter((x) => x.residentId === id).map((x) => x.dueOn);
      return { today: m.today, overdue: pick(m.overdue), week: pick(m.dueThisWeek) };
    };
    clock.t = Date.parse('2025-04-30T21:59:59Z');
    expect(await mine()).toEqual({ today: '2025-04-30', overdue: [], week: ['2025-04-30'] });
    clock.t = Date.parse('2025-04-30T22:00:00Z');
    expect(await mine()).toEqual({ today: '2025-05-01', overdue: ['2025-04-30'], week: [] });
    const counts = await core.call('reintegration.visitCounts', {});
    expect(counts.overdue).toBeGreaterThanOrEqual(1);
    // A week ahead: the 1-month visit is due this week from six days before.
    clock.t = Date.parse('2025-04-23T22:00:00Z');
    expect(await mine()).toEqual({ today: '2025-04-24', overdue: [], week: ['2025-04-30'] });
    clock.t = Date.parse('2025-04-23T21:59:59Z');
    expect(await mine()).toEqual({ today: '2025-04-23', overdue: [], week: [] });
    clock.t = Date.parse('2025-04-30T21:59:59Z');
    // Time went backwards and forwards a week: sign in again rather than count it as idleness.
    await core.lock('manual');
    await signIn(core, suite.template.manager);
  });

  it('shows a social worker only her own residents, and lists who was not reached twice or whose score fell', async () => {
    const sw = suite.template.staff.social_worker!;
    const mineId = await dischargedResident(core, {
      socialWorkerId: sw.id,
      name: 'Hers',
      admittedOn: '2024-09-01',
      dischargedOn: '2024-10-31',
    });
    const otherId = await dischargedResident(core, { name: 'Not hers', admittedOn: '2024-09-01', dischargedOn: '2024-10-31' });
    for (const id of [mineId, otherId]) {
      await core.call('residents.reintegration.startSchedule', { residentId: id });
      const [a, b] = (await view(id)).visits;
      const visit = { mode: 'phone', visitors: 'Social worker', reached: false } as const;
      await core.call('residents.reintegration.recordVisit', { ...visit, visitId: a!.id, visitedOn: '2024-11-30' });
      await core.call('residents.reintegration.recordVisit', { ...visit, visitId: b!.id, visitedOn: '2025-01-31' });
    }
    await core.lock('manual');
    await signIn(core, sw);
    try {
      const m = await core.call('reintegration.myVisits', {});
      const all = [...m.overdue.items, ...m.dueThisWeek.items, ...m.later.items].map((x) => x.residentId);
      expect(all).not.toContain(otherId);
      expect(m.attention.items).toEqual([expect.objectContaining({ residentId: mineId, reasons: ['not_reached_twice'] })]);
      expect(m.attention.total).toBe(1);
    } finally {
      await core.lock('manual');
      await signIn(core, suite.template.manager);
    }
  });
});

describe('the plan', () => {
  const plan = (residentId: string): ChannelInput<'residents.reintegration.savePlan'> => ({
    residentId,
    destinationType: 'family' as const,
    destination: {
      country: 'RW',
      province: 'South',
      district: 'Nyamagabe',
      sector: 'Buruhukiro',
      cell: 'Bushigishigi',
      village: 'Giharayumbu',
    } as {
      country: string;
      province?: string;
      district?: string;
      sector?: string;
      cell?: string;
      village?: string;
      place?: string;
    },
    householdContact: { name: 'Mukamana Odette', relationship: 'Mother', phone: '+250 788 123 456' },
    risk: 'medium' as const,
    riskReasons: ['no_income' as const],
    plannedExitOn: '2025-03-31',
    support: [
      { item: 'start_up_capital', amountRwf: 150000 },
      { item: 'health_insurance', amountRwf: 3000 },
    ],
    wishes: 'Kwiga ubudozi',
  });

  it('saves a plan in Rwanda’s own spelling, totals the support, and refuses a village that does not exist', async () => {
    const id = await dischargedResident(core);
    const bad = await expectError(core, 'residents.reintegration.savePlan', {
      ...plan(id),
      destination: { country: 'RW', province: 'South', district: 'Nyamagabe', sector: 'Nowhere' },
    });
    expect(bad.fields?.[0]).toMatchObject({ path: 'destination.sector', code: 'origin.placeUnknown' });
    const saved = await core.call('residents.reintegration.savePlan', {
      ...plan(id),
      destination: { country: 'rw', province: 'south', district: 'nyamagabe', sector: 'buruhukiro' },
    });
    expect(saved.destination).toMatchObject({ country: 'RW', province: 'South', district: 'Nyamagabe', sector: 'Buruhukiro' });
    expect(saved.supportTotalRwf).toBe(153000);
    expect(saved.householdContact?.name).toBe('Mukamana Odette');
  });

  it('abroad, names the partner who follows her; for a minor, needs the best-interests determination', async () => {
    const id = await dischargedResident(core);
    const abroad = await expectError(core, 'residents.reintegration.savePlan', {
      ...plan(id),
      destination: { country: 'UG', place: 'Kampala' },
    });
    expect(abroad.fields?.[0]?.path).toBe('followingPartnerId');
    await core.call('residents.reintegration.savePlan', {
      ...plan(id),
      destination: { country: 'UG', place: 'Kampala' },
      followingPartnerId: 'partner-seed-iom',
    });
    const minor = await dischargedResident(core, { dateOfBirth: '2008-06-01' });
    const m = await expectError(core, 'residents.reintegration.savePlan', plan(minor));
    expect(m.fields?.[0]).toMatchObject({ path: 'bestInterests', code: 'reintegration.bestInterestsForMinor' });
    await core.call('residents.reintegration.savePlan', {
      ...plan(minor),
      bestInterests: { determinedOn: '2025-03-20', note: 'Return to mother agreed' },
    });
  });

  it('shows a counsellor the plan and scores but withholds the household contact', async () => {
    const c = suite.template.staff.counsellor!;
    const id = await dischargedResident(core);
    await core.call('residents.reintegration.savePlan', plan(id));
    await core.lock('manual');
    await signIn(core, c);
    try {
      const v = await view(id);
      expect(v.plan?.risk).toBe('medium');
      expect(v.plan?.householdContact).toBeNull();
      expect(v.plan?.contactWithheld).toBe(true);
      expect(JSON.stringify(v)).not.toContain('Mukamana Odette');
      expect(JSON.stringify(v)).not.toContain('788 123');
      expect((await expectError(core, 'residents.reintegration.savePlan', plan(id))).code).toBe('PERMISSION_DENIED');
    } finally {
      await core.lock('manual');
      await signIn(core, suite.template.manager);
    }
  });
});

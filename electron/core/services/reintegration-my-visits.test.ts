import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { MyVisitItem, VisitSection } from '../../../shared/domain/reintegration';
import { expectError, openCore, signIn, TestClock, useVaultTemplate } from '../testing/vault-fixture';
import { dischargedResident } from '../testing/reintegration';
import { addDays } from './reintegration-dates';
import { MY_VISITS_PAGE } from './reintegration-my-visits';

/**
 * My visits a page at a time: each section's exact total, its first page, and the pages
 * after the last line shown (by due date, then id, so visits due the same day are neither
 * repeated nor skipped); Home's counts equal the totals; a social worker's are her own.
 */
const suite = useVaultTemplate({ staff: ['social_worker'], ownPasswords: true, residentAccess: 'all' });
// 10:00 on 30 June 2026 in Kigali.
const clock = new TestClock(Date.parse('2026-06-30T08:00:00Z'));
const today = '2026-06-30';
let core: Core;
const hers = new Set<string>();
const expected: Record<VisitSection, string[]> = { overdue: [], dueThisWeek: [], later: [] };

beforeAll(async () => {
  core = openCore(suite.fresh('my-visits'), { now: clock.now, scheduledBackups: false });
  await signIn(core, suite.template.manager);
  const sw = suite.template.staff.social_worker!;
  // 40 discharged a month ago: their 1-month visits moved to 28 overdue (two a day), 6 this week, 6 in the next weeks.
  for (let i = 0; i < 40; i++) {
    const mine = i % 4 === 0;
    const id = await dischargedResident(core, {
      name: `Paged ${i}`,
      admittedOn: '2026-04-01',
      dischargedOn: '2026-05-31',
      socialWorkerId: mine ? sw.id : null,
    });
    if (mine) hers.add(id);
    await core.call('residents.reintegration.startSchedule', { residentId: id });
    const first = (await core.call('residents.reintegration.get', { residentId: id })).visits[0]!;
    const dueOn = i < 28 ? addDays(today, -14 + Math.floor(i / 2)) : i < 34 ? addDays(today, i - 28) : addDays(today, 7 + (i - 34) * 3);
    await core.call('residents.reintegration.reschedule', { visitId: first.id, dueOn, reason: 'Spread for the test' });
    expected[i < 28 ? 'overdue' : i < 34 ? 'dueThisWeek' : 'later'].push(first.id);
  }
});

/** Every line of a section: the first page, then "show more" until there is no next. */
async function wholeSection(section: VisitSection) {
  const m = await core.call('reintegration.myVisits', {});
  const items: MyVisitItem[] = [...m[section].items];
  const pages = [m[section].items.length];
  for (let next = m[section].next; next;) {
    const page = await core.call('reintegration.myVisitsMore', { section, after: next });
    items.push(...page.items);
    pages.push(page.items.length);
    next = page.next;
  }
  return { total: m[section].total, items, pages };
}

const inOrder = (items: MyVisitItem[]) =>
  [...items].sort((a, b) => (a.dueOn === b.dueOn ? (a.visitId < b.visitId ? -1 : 1) : a.dueOn < b.dueOn ? -1 : 1));

describe('My visits, a page at a time', () => {
  it('gives each section’s exact total and its pages in due order, none repeated or skipped', async () => {
    const overdue = await wholeSection('overdue');
    expect(overdue.total).toBe(28);
    expect(overdue.pages).toEqual([MY_VISITS_PAGE, 28 - MY_VISITS_PAGE]);
    expect(overdue.items).toEqual(inOrder(overdue.items));
    expect(overdue.items.map((v) => v.visitId).sort()).toEqual([...expected.overdue].sort());
    for (const section of ['dueThisWeek', 'later'] as const) {
      const s = await wholeSection(section);
      expect(s.total).toBe(expected[section].length);
      expect(s.pages).toEqual([expected[section].length]);
      expect(s.items.map((v) => v.visitId).sort()).toEqual([...expected[section]].sort());
    }
    expect(await core.call('reintegration.visitCounts', {})).toEqual({ overdue: 28, dueThisWeek: 6 });
    const m = await core.call('reintegration.myVisits', {});
    expect(m.attention).toEqual({ total: 0, items: [], next: null });
    expect(await core.call('reintegration.attentionMore', { after: { lastVisitedOn: today, residentId: 'zzz' } })).toEqual({
      items: [],
      next: null,
    });
  });

  it('shows a social worker the totals and pages of her own residents only', async () => {
    await core.lock('manual');
    await signIn(core, suite.template.staff.social_worker!);
    try {
      const m = await core.call('reintegration.myVisits', {});
      const all = [...m.overdue.items, ...m.dueThisWeek.items, ...m.later.items];
      expect(all.every((v) => hers.has(v.residentId))).toBe(true);
      expect([m.overdue.total, m.dueThisWeek.total, m.later.total]).toEqual([7, 2, 1]);
      expect(await core.call('reintegration.visitCounts', {})).toEqual({ overdue: 7, dueThisWeek: 2 });
    } finally {
      await core.lock('manual');
      await signIn(core, suite.template.manager);
    }
  });

  it('refuses a section or a cursor that is not one, by name', async () => {
    const bad = await expectError(core, 'reintegration.myVisitsMore', { section: 'all', after: { dueOn: today, visitId: 'x' } });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fields?.[0]?.path).toBe('section');
    const date = await expectError(core, 'reintegration.myVisitsMore', { section: 'later', after: { dueOn: '2026-02-30', visitId: 'x' } });
    expect(date.fields?.[0]?.path).toBe('after.dueOn');
  });
});

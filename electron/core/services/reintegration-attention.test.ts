import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { attentionReasons } from '../../../shared/domain/reintegration-score';
import { REINTEGRATION_INDICATOR_IDS } from '../../../shared/enums/reintegration';
import { openCore, signIn, TestClock, useVaultTemplate } from '../testing/vault-fixture';
import { dischargedResident, ratings } from '../testing/reintegration';
import { eraseResidentRows } from '../rights/erase-rows';
import { prng } from '../demo/residents-data';
import { ATTENTION_DAYS, ATTENTION_WINDOW_DAYS, attentionPage, attentionTotal } from './reintegration-attention';
import { addDays } from './reintegration-dates';

/**
 * The attention summary (reintegration_attention) against the rule it replaces: after every
 * step of a random sequence of visit writes through the real channels (record reached or
 * not, reschedule, close, reopen, a new schedule), the attention list read from the
 * summary equals the list computed the old way, in JavaScript from every recorded visit,
 * on days before, during and long after the visits.
 */
const suite = useVaultTemplate({ staff: ['social_worker'], ownPasswords: true, residentAccess: 'all' });
const clock = new TestClock(Date.parse('2026-06-30T10:00:00Z'));
let core: Core;

beforeAll(async () => {
  core = openCore(suite.fresh('attention'), { now: clock.now, scheduledBackups: false });
  await signIn(core, suite.template.manager);
});

type Row = { id: string; resident_id: string; visited_on: string; reached: number; composite: number | null };

/** The attention list as My visits computed it before the summary (every recorded visit of the window, in JS). */
function oldAttention(rows: Row[], today: string) {
  const recent = addDays(today, -ATTENTION_DAYS);
  const since = addDays(today, -ATTENTION_WINDOW_DAYS);
  const byResident = new Map<string, Row[]>();
  for (const r of [...rows].sort((a, b) => (a.visited_on === b.visited_on ? (a.id < b.id ? -1 : 1) : a.visited_on < b.visited_on ? -1 : 1)))
    if (r.visited_on >= since) byResident.set(r.resident_id, [...(byResident.get(r.resident_id) ?? []), r]);
  const out: { residentId: string; reasons: string[]; lastComposite: number | null }[] = [];
  for (const [residentId, mine] of byResident) {
    if (mine.at(-1)!.visited_on < recent) continue;
    const reasons = attentionReasons(mine.map((v) => ({ reached: v.reached === 1, composite: v.composite })));
    if (reasons.length)
      out.push({ residentId, reasons, lastComposite: mine.filter((v) => v.composite !== null).at(-1)?.composite ?? null });
  }
  return out.sort((a, b) => (a.residentId < b.residentId ? -1 : 1));
}

/** The attention list from the summary, read two at a time through the keyset pages. */
async function newAttention(today: string) {
  const db = core.state.session!.db;
  const all: { residentId: string; reasons: string[]; lastComposite: number | null }[] = [];
  let after = null;
  do {
    const page: Awaited<ReturnType<typeof attentionPage>> = await attentionPage(db, today, null, after, 2);
    all.push(...page.items.map((i) => ({ residentId: i.residentId, reasons: i.reasons, lastComposite: i.lastComposite })));
    after = page.next;
  } while (after);
  const total = await attentionTotal(db, today, null);
  return { total, list: [...all].sort((a, b) => (a.residentId < b.residentId ? -1 : 1)) };
}

const doneRows = () =>
  core.state
    .session!.sqlite.prepare("SELECT id, resident_id, visited_on, reached, composite FROM reintegration_visits WHERE status = 'done'")
    .all() as Row[];
const visitsOf = async (residentId: string) => (await core.call('residents.reintegration.get', { residentId })).visits;

describe('the attention summary', () => {
  it('always gives the list the old computation gave, after random sequences of visit writes', async () => {
    const rnd = prng(20261207);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const discharged = '2025-03-31';
    const people: string[] = [];
    for (let i = 0; i < 5; i++) {
      const id = await dischargedResident(core, { name: `Attention ${i}`, dischargedOn: discharged });
      await core.call('residents.reintegration.startSchedule', { residentId: id });
      people.push(id);
    }
    const closed = new Set<string>();
    const days = (n: number) => addDays(discharged, n);
    let steps = 0;
    for (let step = 0; step < 70; step++) {
      const who = pick(people);
      const due = (await visitsOf(who)).filter((v) => v.status === 'due');
      const roll = rnd();
      if (closed.has(who)) {
        if (roll < 0.5) {
          await core.call('residents.reintegration.reopen', { residentId: who, reason: 'Back in contact' });
          closed.delete(who);
        } else continue;
      } else if (due.length === 0) {
        await core.call('residents.reintegration.startSchedule', { residentId: who });
      } else if (roll < 0.7) {
        const reached = rnd() < 0.65;
        const level = 1 + Math.floor(rnd() * 5);
        await core.call('residents.reintegration.recordVisit', {
          visitId: pick(due).id,
          // Dates out of order and, now and then, on the same day as another visit.
          visitedOn: days(Math.floor(rnd() * 600)),
          mode: 'phone',
          visitors: 'Social worker',
          reached,
          ...(reached ? { ratings: ratings(level, { [pick(REINTEGRATION_INDICATOR_IDS)]: 1 + Math.floor(rnd() * 5) }) } : {}),
        });
      } else if (roll < 0.85) {
        await core.call('residents.reintegration.reschedule', {
          visitId: pick(due).id,
          dueOn: days(30 + Math.floor(rnd() * 400)),
          reason: 'Moved',
        });
      } else {
        await core.call('residents.reintegration.close', { residentId: who, closedOn: '2026-06-01', reason: 'refused_contact' });
        closed.add(who);
      }
      steps++;
      const rows = doneRows();
      for (const today of [days(20), days(200), days(400), days(600), days(800), days(1000)]) {
        const expected = oldAttention(rows, today);
        const got = await newAttention(today);
        expect({ step, today, list: got.list }).toEqual({ step, today, list: expected });
        expect(got.total).toBe(expected.length);
      }
    }
    // The sequence did reach every kind of case the list tells apart.
    const end = oldAttention(doneRows(), days(600));
    expect(steps).toBeGreaterThan(40);
    expect(end.some((a) => a.reasons.includes('falling'))).toBe(true);
    expect(doneRows().length).toBeGreaterThan(15);
  });

  it('goes with her when she is erased, and a visit recorded in a refused write leaves it as it was', async () => {
    const id = await dischargedResident(core, { name: 'Erased', dischargedOn: '2025-03-31' });
    await core.call('residents.reintegration.startSchedule', { residentId: id });
    const [a, b] = await visitsOf(id);
    const missed = { mode: 'phone', visitors: 'Social worker', reached: false } as const;
    await core.call('residents.reintegration.recordVisit', { ...missed, visitId: a!.id, visitedOn: '2025-05-01' });
    const sqlite = core.state.session!.sqlite;
    const row = () => sqlite.prepare('SELECT last_visited_on, unreached_from FROM reintegration_attention WHERE resident_id = ?').get(id);
    expect(row()).toEqual({ last_visited_on: '2025-05-01', unreached_from: null });
    // Refused (a visit before her discharge): nothing of the summary changes.
    await expect(
      core.call('residents.reintegration.recordVisit', { ...missed, visitId: b!.id, visitedOn: '2025-01-01' }),
    ).rejects.toThrow();
    expect(row()).toEqual({ last_visited_on: '2025-05-01', unreached_from: null });
    await core.call('residents.reintegration.recordVisit', { ...missed, visitId: b!.id, visitedOn: '2025-07-01' });
    expect(row()).toEqual({ last_visited_on: '2025-07-01', unreached_from: '2025-05-01' });
    expect(eraseResidentRows(sqlite, id)).toMatchObject({ reintegration_attention: 1 });
    expect(row()).toBeUndefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { ChannelInput } from '../../../shared/contract';

type Goal = ChannelInput<'residents.plan.save'>['goals'][number];
import type { Role } from '../../../shared/roles';
import { planDifference } from '../../../shared/rehabilitation/plan-diff';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true });

/** Words of a goal that the audit log must never hold (field names only). */
const GOAL_MARKER = 'GOAL-MARKER-sleeps-through';

let core: Core;
let residentId: string;
let otherId: string;
let awayId: string;
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString().replace(/\.\d{3}Z$/, '.000Z');
const dateAgo = (days: number) => ago(days).slice(0, 10);

async function as(role: Role): Promise<void> {
  if (core.state.session?.user.role === role) return;
  await core.lock('manual');
  await signIn(core, role === 'manager' ? suite.template.manager : suite.template.staff[role]!);
}

const counsellorId = () => suite.template.staff.counsellor!.id;

beforeAll(async () => {
  core = openCore(suite.fresh('rehab'));
  await signIn(core, suite.template.manager);
  const staff = { counsellorId: counsellorId(), socialWorkerId: suite.template.staff.social_worker!.id };
  const admit = async (name: string, admittedOn: string) => {
    const r = await core.call('residents.admit', { identity: { givenNames: name }, admittedOn, socialWorkerId: null });
    await core.call('residents.care.update', { residentId: r.id, ...staff });
    return r.id;
  };
  residentId = await admit('Aline', dateAgo(200));
  otherId = await admit('Beata', dateAgo(200));
  awayId = await admit('Claudine', dateAgo(200));
  await core.call('residents.discharge', { residentId: awayId, dischargedOn: dateAgo(30), destination: 'family' });
}, 120_000);
afterAll(() => core.close());

const goal = (over: Partial<Goal> = {}): Goal => ({
  domain: 'psychosocial',
  description: GOAL_MARKER,
  targetOn: null,
  responsibleId: null,
  status: 'in_progress',
  droppedReason: null,
  ...over,
});

describe('rehabilitation plan', () => {
  it('keeps every earlier version, shows the difference, and audits field names only', async () => {
    await as('counsellor');
    const v1 = await core.call('residents.plan.save', {
      residentId,
      nextReviewOn: dateAgo(-30),
      goals: [goal(), goal({ domain: 'education', description: 'Return to school' })],
      baseVersion: 0,
    });
    expect(v1.version).toBe(1);
    expect(v1.goals.map((g) => g.domain)).toEqual(['psychosocial', 'education']);
    const edited = v1.goals.map((g) => ({ ...g, responsibleName: undefined, reviews: undefined }));
    const v2 = await core.call('residents.plan.save', {
      residentId,
      nextReviewOn: dateAgo(-60),
      goals: [{ ...goal({ status: 'achieved' }), id: edited[0]!.id }],
      baseVersion: 1,
    });
    expect(v2.version).toBe(2);
    const versions = await core.call('residents.plan.versions', { residentId });
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[1]!.savedByName).toBe(suite.template.staff.counsellor!.fullName);
    const diff = planDifference(versions[1]!.values, versions[0]!.values);
    expect(diff.map((d) => d.field).sort()).toEqual(['goal', 'nextReviewOn', 'status']);

    await as('manager');
    const audit = (await core.call('audit.list', { limit: 100 })).filter((e) => e.action === 'rehab.plan_saved');
    expect(audit).toHaveLength(2);
    expect(audit[0]!.details).toEqual({ version: 2, fields: ['nextReviewOn', 'goal.removed', 'goal.status'] });
    expect(JSON.stringify(audit)).not.toContain(GOAL_MARKER);
  });

  it('refuses a save over a newer version, and lets a social worker write goals only in her domains', async () => {
    await as('social_worker');
    const plan = await core.call('residents.plan.get', { residentId });
    expect((await expectError(core, 'residents.plan.save', { residentId, nextReviewOn: null, goals: [], baseVersion: 1 })).code).toBe(
      'PLAN_CHANGED_ELSEWHERE',
    );
    const kept = plan.goals.map(({ reviews: _r, responsibleName: _n, ...g }) => g);
    const mine = await core.call('residents.plan.save', {
      residentId,
      nextReviewOn: plan.nextReviewOn,
      goals: [...kept, goal({ domain: 'livelihood', description: 'Tailoring course' })],
      baseVersion: plan.version,
    });
    expect(mine.goals.at(-1)!.domain).toBe('livelihood');
    const health = await expectError(core, 'residents.plan.save', {
      residentId,
      nextReviewOn: mine.nextReviewOn,
      goals: [...mine.goals.map(({ reviews: _r, responsibleName: _n, ...g }) => g), goal({ domain: 'health' })],
      baseVersion: mine.version,
    });
    expect(health.fields).toEqual([{ path: 'goals.2.domain', code: 'rehab.goalDomainNotYours', message: 'rehab.goalDomainNotYours' }]);
    const review = await expectError(core, 'residents.plan.save', {
      residentId,
      nextReviewOn: null,
      goals: mine.goals.map(({ reviews: _r, responsibleName: _n, ...g }) => g),
      baseVersion: mine.version,
    });
    expect(review.fields?.[0]?.code).toBe('rehab.planFieldNotYours');
    expect((await core.call('residents.plan.get', { residentId })).version).toBe(mine.version);
  });

  it('refuses a goal given to a disabled account, and a dropped goal without a reason', async () => {
    await as('manager');
    await core.call('users.disable', { id: suite.template.staff.reporting!.id });
    const plan = await core.call('residents.plan.get', { residentId: otherId });
    const disabled = await expectError(core, 'residents.plan.save', {
      residentId: otherId,
      nextReviewOn: null,
      goals: [goal({ responsibleId: suite.template.staff.reporting!.id })],
      baseVersion: plan.version,
    });
    expect(disabled.fields?.[0]).toMatchObject({ path: 'goals.0.responsibleId', code: 'rehab.responsibleInactive' });
    const dropped = await expectError(core, 'residents.plan.save', {
      residentId: otherId,
      nextReviewOn: null,
      goals: [goal({ status: 'dropped' })],
      baseVersion: plan.version,
    });
    expect(dropped.fields?.[0]).toMatchObject({ path: 'goals.0.droppedReason', code: 'rehab.droppedReasonRequired' });
  });

  it('records progress reviews of a goal and case conferences', async () => {
    await as('counsellor');
    const plan = await core.call('residents.plan.get', { residentId });
    const reviewed = await core.call('residents.plan.reviewGoal', {
      residentId,
      goalId: plan.goals[0]!.id,
      reviewedOn: dateAgo(1),
      note: 'Sleeping better',
    });
    expect(reviewed.goals[0]!.reviews.map((r) => r.note)).toEqual(['Sleeping better']);
    expect(
      (
        await expectError(core, 'residents.plan.reviewGoal', {
          residentId: otherId,
          goalId: plan.goals[0]!.id,
          reviewedOn: dateAgo(1),
          note: 'x',
        })
      ).fields?.[0]?.code,
    ).toBe('rehab.goalNotInPlan');
    await as('social_worker');
    const conferences = await core.call('residents.conferences.save', {
      residentId,
      heldOn: dateAgo(2),
      attendees: [{ kind: 'staff', refId: counsellorId() }, { kind: 'resident' }, { kind: 'partner', refId: 'partner-seed-legal-aid' }],
      decisions: 'Start tailoring course in March',
      actions: [{ description: 'Call the training centre', ownerId: suite.template.staff.social_worker!.id, dueOn: dateAgo(-7) }],
      nextReviewOn: dateAgo(-30),
    });
    expect(conferences[0]).toMatchObject({
      decisions: 'Start tailoring course in March',
      actions: [{ ownerName: suite.template.staff.social_worker!.fullName }],
    });
    // Staff and partners are named from the directory (the form sends their ids only).
    const [staff, , partner] = conferences[0]!.attendees;
    expect(staff!.name).toBe(suite.template.staff.counsellor!.fullName);
    expect(partner!.name).not.toBe('');
  });
});

const session = (over: Record<string, unknown> = {}, participant: Record<string, unknown> = {}): ChannelInput<'residents.sessions.save'> =>
  ({
    residentId,
    type: 'individual',
    startsAt: ago(3),
    durationMinutes: 50,
    counsellorId: counsellorId(),
    topics: ['sleep'],
    participant: { attendance: 'attended', who5: [3, 2, 4, 1, 3], distress: 6, ...participant },
    ...over,
  }) as ChannelInput<'residents.sessions.save'>;

describe('counselling sessions', () => {
  it('stores WHO-5 items and the 0–100 score, and the goals of her plan it addressed', async () => {
    await as('counsellor');
    const goalId = (await core.call('residents.plan.get', { residentId })).goals[0]!.id;
    const list = await core.call('residents.sessions.save', session({}, { goalIds: [goalId] }));
    expect(list[0]!.clinical?.goalIds).toEqual([goalId]);
    expect(list[0]!.clinical).toMatchObject({ who5: [3, 2, 4, 1, 3], who5Score: 52, distress: 6, topics: ['sleep'] });
    expect(list[0]).toMatchObject({ type: 'individual', attendance: 'attended', participantCount: 1 });
  });

  it('names the refusal for a WHO-5 item outside 0–5, a far-future or pre-admission date, and notes over 20,000 characters', async () => {
    await as('counsellor');
    const before = await core.call('residents.sessions.list', { residentId });
    const item = await expectError(core, 'residents.sessions.save', session({}, { who5: [3, 2, 6, 1, 3] }));
    expect(item.fields?.[0]).toMatchObject({ path: 'participant.who5.2', code: 'rehab.wellbeingItem' });
    const far = await expectError(core, 'residents.sessions.save', session({ startsAt: ago(-400) }));
    expect(far.fields?.[0]).toMatchObject({ path: 'startsAt', code: 'rehab.sessionTooFarAhead' });
    const early = await expectError(core, 'residents.sessions.save', session({ startsAt: ago(260) }));
    expect(early.fields?.[0]).toMatchObject({ path: 'startsAt', code: 'rehab.sessionBeforeAdmission' });
    const stranger = await expectError(core, 'residents.sessions.save', session({}, { goalIds: ['not-her-goal'] }));
    expect(stranger.fields?.[0]).toMatchObject({ path: 'participant.goalIds', code: 'rehab.goalNotInPlan' });
    const long = await expectError(core, 'residents.sessions.save', session({ notes: 'x'.repeat(20_001) }));
    expect(long.fields?.[0]).toMatchObject({ path: 'notes', code: 'rehab.notesTooLong' });
    expect(await core.call('residents.sessions.list', { residentId })).toEqual(before);
  });

  it('raises the risk level to high on a risk flag, audited as a care change, until the manager acknowledges it', async () => {
    await as('counsellor');
    expect((await core.call('residents.care.get', { residentId: otherId })).riskLevel).toBe('none');
    await core.call('residents.sessions.save', session({ residentId: otherId }, { riskFlags: ['trafficker_contact'] }));
    expect((await core.call('residents.care.get', { residentId: otherId })).riskLevel).toBe('high');
    await as('manager');
    const audit = await core.call('audit.list', { limit: 50 });
    expect(audit.find((e) => e.action === 'resident.care_updated' && e.targetId === otherId)?.details).toEqual({
      fields: ['riskLevel'],
      cause: 'risk_flag',
    });
    const open = await core.call('counselling.riskFlags.open', {});
    expect(open.map((f) => [f.residentId, f.flag])).toEqual([[otherId, 'trafficker_contact']]);
    expect(await core.call('residents.riskFlags.acknowledge', { residentId: otherId, flagId: open[0]!.id })).toEqual([]);
    expect(audit.some((e) => e.action === 'counselling.risk_raised' && e.targetId === otherId)).toBe(true);
  });

  it('records a group session once, with attendance and WHO-5 per resident, shown in each file', async () => {
    await as('counsellor');
    const group: ChannelInput<'residents.sessions.saveGroup'> = {
      title: 'Life skills group',
      startsAt: ago(2),
      durationMinutes: 90,
      counsellorId: counsellorId(),
      participants: [
        { residentId, attendance: 'attended', who5: [4, 4, 3, 3, 4] },
        { residentId: otherId, attendance: 'missed' },
      ],
    };
    const away = await expectError(core, 'residents.sessions.saveGroup', {
      ...group,
      participants: [...group.participants, { residentId: awayId, attendance: 'attended' }],
    });
    expect(away.fields?.[0]).toMatchObject({ path: 'participants.2.residentId', code: 'rehab.notInShelter' });
    const { id } = await core.call('residents.sessions.saveGroup', group);
    const mine = (await core.call('residents.sessions.list', { residentId })).find((s) => s.id === id)!;
    const hers = (await core.call('residents.sessions.list', { residentId: otherId })).find((s) => s.id === id)!;
    expect(mine).toMatchObject({ type: 'group', title: 'Life skills group', attendance: 'attended', participantCount: 2 });
    expect(mine.clinical?.who5Score).toBe(72);
    expect(hers).toMatchObject({ attendance: 'missed', participantCount: 2, clinical: { who5: null } });
  });

  it('lists residents who missed their last two sessions, reviews overdue and the counsellor’s week', async () => {
    await as('counsellor');
    await core.call('residents.sessions.save', session({ residentId: otherId, startsAt: ago(1) }, { attendance: 'missed', who5: null }));
    await core.call('residents.sessions.save', session({ startsAt: ago(-2) }, { attendance: 'scheduled', who5: null, distress: null }));
    const missed = await core.call('counselling.missedTwice', {});
    expect(missed.map((m) => m.residentId)).toEqual([otherId]);
    const week = await core.call('counselling.myWeek', {});
    expect(week.upcoming.map((u) => u.residentId)).toEqual([residentId]);
    expect(week.missed.map((m) => m.residentId)).toEqual([otherId, otherId]);
    await as('manager');
    const plan = await core.call('residents.plan.get', { residentId: otherId });
    await core.call('residents.plan.save', { residentId: otherId, nextReviewOn: dateAgo(3), goals: [goal()], baseVersion: plan.version });
    expect((await core.call('counselling.reviewsOverdue', {})).map((r) => r.residentId)).toEqual([otherId]);
  });
});

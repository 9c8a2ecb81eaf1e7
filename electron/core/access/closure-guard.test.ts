import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, type ChannelName } from '../../../shared/contract';
import type { ResidentSubject } from '../../../shared/contract/define';
import { allows } from '../../../shared/access/table';
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import type { Core } from '../core';
import { dischargedResident } from '../testing/reintegration';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { checkResidentAccess } from './gate';

/**
 * The closure guard, over every channel that changes a resident's file (straight from the
 * contract, so a channel added tomorrow is covered): on a closed case the assigned social
 * worker (or, for counselling, the assigned counsellor) is refused with CASE_CLOSED, a manager
 * is not, and reading stays open to both.
 */
const suite = useVaultTemplate({ staff: ['social_worker', 'counsellor'], ownPasswords: true });
const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1').toString(
  'base64',
);

let core: Core;
let ids: Record<ResidentSubject['via'], string>;

beforeAll(async () => {
  core = openCore(suite.fresh('closure-guard'), { scheduledBackups: false });
  await signIn(core, suite.template.manager);
  const sw = suite.template.staff.social_worker!;
  const residentId = await dischargedResident(core, { socialWorkerId: sw.id });
  await core.call('residents.care.update', { residentId, counsellorId: suite.template.staff.counsellor!.id });
  const doc = await core.call('residents.documents.attach', {
    residentId,
    kind: 'medical',
    title: 'Scan',
    originalName: 'scan.pdf',
    contentBase64: pdf,
  });
  const consent = (await core.call('residents.consents.list', { residentId }))[0]!;
  await core.call('residents.consents.record', {
    residentId,
    purpose: 'sharing',
    partnerTypes: ['health'],
    categories: ['identity'],
    givenOn: '2025-01-10',
    method: 'written',
    givenBy: 'resident',
  });
  const ref = await core.call('residents.referralsOut.create', {
    residentId,
    partnerId: 'partner-seed-health-centre',
    categories: ['identity'],
    referredOn: '2025-03-02',
  });
  await core.call('residents.reintegration.startSchedule', { residentId });
  const visit = (await core.call('residents.reintegration.get', { residentId })).visits[0]!;
  ids = { resident: residentId, document: doc.id, consent: consent.id, referral_out: ref.id, reintegration_visit: visit.id };
  await core.lock('manual');
  await signIn(core, sw);
  await core.call('residents.reintegration.close', { residentId, closedOn: '2025-04-02', reason: 'moved_abroad' });
}, 120_000);
afterAll(() => core.close());

const subjects = CHANNEL_NAMES.flatMap((name) => {
  const d = contract[name].resident;
  return typeof d === 'object' ? [[name, d] as const] : [];
});
const changes = subjects.filter(([, s]) => s.action === 'change');
const reads = subjects.filter(([, s]) => s.action === 'read');

/** The assigned staff member who may change this part of an open file. */
function writerOf(subject: ResidentSubject): Exclude<Role, 'manager' | 'reporting'> {
  return allows('social_worker', 'assigned', subject.category, 'change') ? 'social_worker' : 'counsellor';
}

async function signInAs(role: Exclude<Role, 'manager' | 'reporting'>): Promise<void> {
  if (core.state.session?.user.role === role) return;
  await core.lock('manual');
  await signIn(core, suite.template.staff[role]!);
}

async function outcome(channel: ChannelName, subject: ResidentSubject): Promise<string> {
  try {
    await checkResidentAccess(core.state, channel, { [subject.field]: ids[subject.via] });
    return 'allowed';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
}

describe('a closed case', () => {
  it('covers every kind of channel that changes a file', () => {
    expect(changes.length).toBeGreaterThan(15);
    expect(new Set(changes.map(([, s]) => s.via))).toEqual(
      new Set(['resident', 'document', 'consent', 'referral_out', 'reintegration_visit']),
    );
  });

  it.each(changes)('%s is refused to the assigned staff member who may change it', async (channel, subject) => {
    await signInAs(writerOf(subject));
    expect(await outcome(channel, subject)).toBe('CASE_CLOSED');
  });

  it.each(reads)('%s stays readable', async (channel, subject) => {
    await signInAs(allows('social_worker', 'assigned', subject.category, 'read') ? 'social_worker' : 'counsellor');
    expect(await outcome(channel, subject)).toBe('allowed');
  });

  it('is refused end to end with CASE_CLOSED and nothing changed', async () => {
    await signInAs('social_worker');
    const before = await core.call('residents.reintegration.get', { residentId: ids.resident });
    expect(before.closed).toBe(true);
    expect(before.visits.every((v) => v.status === 'not_to_be_made' && v.cancelledBecause === 'case_closed')).toBe(true);
    const e = await expectError(core, 'residents.care.update', { residentId: ids.resident, riskLevel: 'high' });
    expect(e.code).toBe('CASE_CLOSED');
    expect((await expectError(core, 'residents.reintegration.reopen', { residentId: ids.resident, reason: 'x' })).code).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('stays changeable by a manager on every such channel, who reopens it with its history kept', async () => {
    await core.lock('manual');
    await signIn(core, suite.template.manager);
    for (const [channel, subject] of changes) expect([channel, await outcome(channel, subject)]).toEqual([channel, 'allowed']);
    await core.call('residents.reintegration.reopen', { residentId: ids.resident, reason: 'She came back to Rwanda' });
    const after = await core.call('residents.reintegration.get', { residentId: ids.resident });
    expect(after.closed).toBe(false);
    expect(after.closures).toEqual([
      expect.objectContaining({ reason: 'moved_abroad', closedOn: '2025-04-02', reopenReason: 'She came back to Rwanda' }),
    ]);
    await core.lock('manual');
    await signIn(core, suite.template.staff.social_worker!);
    expect(await outcome('residents.care.update', { field: 'residentId', via: 'resident', category: 'care', action: 'change' })).toBe(
      'allowed',
    );
  });

  it('readmission (a manager’s act once closed) reopens the case and cancels the visits still due', async () => {
    await core.call('residents.reintegration.startSchedule', { residentId: ids.resident });
    await core.call('residents.reintegration.close', { residentId: ids.resident, closedOn: '2025-04-03', reason: 'readmitted' });
    expect((await expectError(core, 'residents.readmit', { residentId: ids.resident, admittedOn: '2025-04-04' })).code).toBe('CASE_CLOSED');
    await core.lock('manual');
    await signIn(core, suite.template.manager);
    // A manager may still schedule on a closed case; readmitting her reopens it.
    await core.call('residents.reintegration.startSchedule', { residentId: ids.resident });
    await core.call('residents.readmit', { residentId: ids.resident, admittedOn: '2025-04-04' });
    const v = await core.call('residents.reintegration.get', { residentId: ids.resident });
    expect(v.closed).toBe(false);
    expect(v.visits.filter((x) => x.status === 'due')).toEqual([]);
    expect(v.visits.filter((x) => x.cancelledBecause === 'readmitted').length).toBe(4);
    expect(v.closures[0]).toMatchObject({ reason: 'readmitted', reopenReason: 'readmitted' });
  });
});

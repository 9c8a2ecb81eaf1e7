import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, type ChannelName } from '../../../shared/contract';
import type { ResidentSubject } from '../../../shared/contract/define';
import { allows, type AccessRelation } from '../../../shared/access/table';
import type { Role } from '../../../shared/roles';
import type { Core } from '../core';
import { AppError } from '../../../shared/errors';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { checkResidentAccess } from './gate';

/**
 * Every channel that names a resident × every role that may call it × her relation to the
 * resident (assigned, not assigned, broken glass, no such resident), straight from the
 * contract: a resident channel added tomorrow is covered without touching this file.
 */
const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true });

const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1').toString(
  'base64',
);

interface Records {
  residentId: string;
  documentId: string;
  consentId: string;
  referralId: string;
  visitId: string;
}

let core: Core;
const people: Record<'assigned' | 'other' | 'glass', Records> = {} as never;
const NOBODY: Records = { residentId: 'nobody', documentId: 'nobody', consentId: 'nobody', referralId: 'nobody', visitId: 'nobody' };

async function resident(name: string, staff: { counsellorId?: string; socialWorkerId?: string }): Promise<Records> {
  const r = await core.call('residents.admit', { identity: { givenNames: name }, admittedOn: '2025-03-01', socialWorkerId: null });
  if (staff.counsellorId || staff.socialWorkerId) await core.call('residents.care.update', { residentId: r.id, ...staff });
  const doc = await core.call('residents.documents.attach', {
    residentId: r.id,
    kind: 'medical',
    title: 'Scan',
    originalName: 'scan.pdf',
    contentBase64: pdf,
  });
  const given = { givenOn: '2025-03-01', method: 'written', givenBy: 'resident' } as const;
  const consent = await core.call('residents.consents.record', { residentId: r.id, purpose: 'follow_up_contact', ...given });
  await core.call('residents.consents.record', {
    residentId: r.id,
    purpose: 'sharing',
    partnerTypes: ['health'],
    categories: ['identity'],
    ...given,
  });
  const ref = await core.call('residents.referralsOut.create', {
    residentId: r.id,
    partnerId: 'partner-seed-health-centre',
    categories: ['identity'],
    referredOn: '2025-03-02',
  });
  // Discharged, with her follow-up year scheduled: a visit to name.
  await core.call('residents.discharge', { residentId: r.id, dischargedOn: '2025-04-01', destination: 'family' });
  await core.call('residents.reintegration.startSchedule', { residentId: r.id });
  const visitId = (await core.call('residents.reintegration.get', { residentId: r.id })).visits[0]!.id;
  return { residentId: r.id, documentId: doc.id, consentId: consent.consent.id, referralId: ref.id, visitId };
}

beforeAll(async () => {
  core = openCore(suite.fresh('access-matrix'));
  await signIn(core, suite.template.manager);
  const counsellorId = suite.template.staff.counsellor!.id;
  const socialWorkerId = suite.template.staff.social_worker!.id;
  people.assigned = await resident('Aline', { counsellorId, socialWorkerId });
  people.other = await resident('Beata', {});
  people.glass = await resident('Claudine', {});
}, 120_000);
afterAll(() => core.close());

const subjects = CHANNEL_NAMES.flatMap((name) => {
  const d = contract[name].resident;
  return typeof d === 'object' ? [[name, d] as const] : [];
});

function inputFor(subject: ResidentSubject, r: Records): Record<string, string> {
  const id = {
    resident: r.residentId,
    document: r.documentId,
    consent: r.consentId,
    referral_out: r.referralId,
    reintegration_visit: r.visitId,
  }[subject.via];
  return { [subject.field]: id };
}

async function outcome(channel: ChannelName, input: unknown): Promise<string> {
  try {
    await checkResidentAccess(core.state, channel, input);
    return 'allowed';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
}

const mayCall = (channel: ChannelName, role: Role) => {
  const a = contract[channel].access;
  return a !== 'public' && a.includes(role);
};

describe.each(['counsellor', 'social_worker', 'manager'] as const)('need-to-know gate for the %s', (role) => {
  beforeAll(async () => {
    await core.lock('manual');
    await signIn(core, role === 'manager' ? suite.template.manager : suite.template.staff[role]!);
    if (role !== 'manager')
      await core.call('residents.breakGlass', { residentId: people.glass.residentId, reason: 'incident', note: 'Fight in room 2' });
  }, 60_000);

  const cases = subjects.filter(([name]) => mayCall(name, role));

  it.each(cases)('%s', async (channel, subject) => {
    const expected = (relation: AccessRelation) =>
      allows(role, relation, subject.category, subject.action)
        ? 'allowed'
        : relation === 'not_assigned'
          ? 'RESIDENT_NOT_ASSIGNED'
          : 'PERMISSION_DENIED';
    expect(await outcome(channel, inputFor(subject, people.assigned))).toBe(expected('assigned'));
    expect(await outcome(channel, inputFor(subject, people.other))).toBe(role === 'manager' ? 'allowed' : expected('not_assigned'));
    expect(await outcome(channel, inputFor(subject, people.glass))).toBe(role === 'manager' ? 'allowed' : expected('broken_glass'));
    // "Not yours" and "does not exist" are one refusal; a manager sees everyone, so hers says not found.
    expect(await outcome(channel, inputFor(subject, NOBODY))).toBe(role === 'manager' ? 'NOT_FOUND' : 'RESIDENT_NOT_ASSIGNED');
  });

  it('refuses through core exactly the same for a resident not hers and for one that does not exist', async () => {
    if (role === 'manager') return;
    const other = await expectError(core, 'residents.get', { id: people.other.residentId });
    const none = await expectError(core, 'residents.get', { id: 'nobody' });
    expect(other).toEqual(none);
    expect(other.code).toBe('RESIDENT_NOT_ASSIGNED');
    const history = await expectError(core, 'residents.history', { residentId: people.other.residentId });
    expect(history).toEqual(await expectError(core, 'residents.history', { residentId: 'nobody' }));
    expect((await core.call('residents.get', { id: people.glass.residentId })).id).toBe(people.glass.residentId);
    expect((await core.call('residents.get', { id: people.assigned.residentId })).id).toBe(people.assigned.residentId);
  });
});

import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { todayIso } from './residents-records';

const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true });

async function freshCore(): Promise<{ core: Core; residentId: string }> {
  const core = openCore(suite.fresh('referrals-out'));
  await signIn(core, suite.template.manager);
  const residentId = (await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' })).id;
  // She agreed to share her identity with these kinds of partner (the consent gate is tested on its own).
  await core.call('residents.consents.record', {
    residentId,
    purpose: 'sharing',
    partnerTypes: ['legal_aid', 'health', 'education', 'isange'],
    categories: ['identity'],
    givenOn: '2025-03-01',
    method: 'written',
    givenBy: 'resident',
  });
  return { core, residentId };
}

describe('referrals out', () => {
  it('records a referral with its first status, and keeps every status change as history', async () => {
    const { core, residentId } = await freshCore();
    const made = await core.call('residents.referralsOut.create', {
      residentId,
      partnerId: 'partner-seed-legal-aid',
      categories: ['identity'],
      reason: 'REASON-MARKER statement for court',
      referredOn: '2025-04-01',
    });
    expect(made).toMatchObject({
      status: 'planned',
      statusOn: '2025-04-01',
      organisationType: 'legal_aid',
      organisationName: 'Legal aid',
      partnerId: 'partner-seed-legal-aid',
      consent: 'consented',
      notes: null,
    });
    expect(made.history).toEqual([expect.objectContaining({ status: 'planned', statusOn: '2025-04-01', note: null })]);

    const sent = await core.call('residents.referralsOut.update', { id: made.id, status: 'sent', statusOn: '2025-04-02' });
    const accepted = await core.call('residents.referralsOut.update', {
      id: made.id,
      status: 'accepted',
      statusOn: '2025-04-10',
      statusNote: 'NOTE-MARKER lawyer assigned',
    });
    expect(sent.history.map((h) => h.status)).toEqual(['planned', 'sent']);
    expect(accepted).toMatchObject({ status: 'accepted', statusOn: '2025-04-10' });
    expect(accepted.history.map((h) => [h.status, h.statusOn, h.note])).toEqual([
      ['planned', '2025-04-01', null],
      ['sent', '2025-04-02', null],
      ['accepted', '2025-04-10', 'NOTE-MARKER lawyer assigned'],
    ]);
    expect(accepted.history.at(-1)!.byName).toBe(suite.template.manager.fullName);

    // Without a date the change is dated today where the shelter is.
    const done = await core.call('residents.referralsOut.update', { id: made.id, status: 'completed' });
    expect(done.statusOn).toBe(todayIso());

    const list = await core.call('residents.referralsOut.list', { residentId });
    expect(list).toHaveLength(1);
    expect(list[0]!.history).toHaveLength(4);

    const audit = (await core.call('audit.list', { limit: 50 })).filter((e) => e.action.startsWith('resident.referral_out'));
    expect(audit.map((e) => e.action)).toEqual([
      'resident.referral_out_updated',
      'resident.referral_out_updated',
      'resident.referral_out_updated',
      'resident.referral_out_created',
    ]);
    expect(audit[0]!.details).toEqual({ referralId: made.id, from: 'accepted', to: 'completed', fields: [] });
    expect(audit[3]!.details).toEqual({
      referralId: made.id,
      organisationType: 'legal_aid',
      partnerId: 'partner-seed-legal-aid',
      categories: ['identity'],
      status: 'planned',
    });
    expect(JSON.stringify(audit)).not.toContain('MARKER');
  });

  it('refuses a status dated before the referral or before the last status, with the field named', async () => {
    const { core, residentId } = await freshCore();
    const r = await core.call('residents.referralsOut.create', {
      residentId,
      partnerId: 'partner-seed-health-centre',
      categories: ['identity'],
      referredOn: '2025-05-10',
      status: 'sent',
    });
    const early = await expectError(core, 'residents.referralsOut.update', { id: r.id, status: 'accepted', statusOn: '2025-05-01' });
    expect(early.fields).toEqual([expect.objectContaining({ path: 'statusOn', code: 'referralOut.statusBeforeReferral' })]);
    await core.call('residents.referralsOut.update', { id: r.id, status: 'accepted', statusOn: '2025-05-20' });
    const backwards = await expectError(core, 'residents.referralsOut.update', { id: r.id, status: 'completed', statusOn: '2025-05-15' });
    expect(backwards.fields?.[0]?.code).toBe('referralOut.statusBeforePrevious');
    const future = await expectError(core, 'residents.referralsOut.update', { id: r.id, status: 'completed', statusOn: '2999-01-01' });
    expect(future.fields?.[0]).toMatchObject({ path: 'statusOn', code: 'date.inFuture' });
    expect((await core.call('residents.referralsOut.list', { residentId }))[0]!.history).toHaveLength(2);
  });

  it('corrects details without a new status line, and records nothing when nothing changed', async () => {
    const { core, residentId } = await freshCore();
    const school = await core.call('partners.save', { type: 'education', name: 'GS Kimisagara' });
    const r = await core.call('residents.referralsOut.create', {
      residentId,
      partnerId: school.id,
      categories: ['identity'],
      referredOn: '2025-06-01',
    });
    const same = await core.call('residents.referralsOut.update', { id: r.id, status: 'planned' });
    expect(same.updatedAt).toBe(r.updatedAt);
    const fixed = await core.call('residents.referralsOut.update', {
      id: r.id,
      reason: 'School placement',
      notes: 'Term starts in January',
    });
    expect(fixed).toMatchObject({ organisationName: 'GS Kimisagara', notes: 'Term starts in January', status: 'planned' });
    expect(fixed.history).toHaveLength(1);
    const entry = (await core.call('audit.list', { limit: 5 })).find((e) => e.action === 'resident.referral_out_updated')!;
    expect(entry.details).toEqual({ referralId: r.id, fields: ['reason', 'notes'] });
    expect((await core.call('audit.list', { limit: 50 })).filter((e) => e.action === 'resident.referral_out_updated')).toHaveLength(1);
  });

  it('clears an optional detail: empty (or spaces) means none, stored as null and audited by field name', async () => {
    const { core, residentId } = await freshCore();
    const school = await core.call('partners.save', { type: 'education', name: 'GS Kimisagara' });
    const r = await core.call('residents.referralsOut.create', {
      residentId,
      partnerId: school.id,
      categories: ['identity'],
      referredOn: '2025-06-01',
      reason: 'School placement',
      notes: 'Term starts in January',
    });
    const cleared = await core.call('residents.referralsOut.update', { id: r.id, notes: '   ' });
    expect(cleared).toMatchObject({ reason: 'School placement', notes: null });
    const sqlite = core.state.session!.sqlite;
    expect(sqlite.prepare('SELECT reason, notes FROM referrals_out WHERE id = ?').get(r.id)).toEqual({
      reason: 'School placement',
      notes: null,
    });
    const both = await core.call('residents.referralsOut.update', { id: r.id, reason: '', notes: '' });
    expect(both).toMatchObject({ reason: null, notes: null });
    const updates = (await core.call('audit.list', { limit: 50 })).filter((e) => e.action === 'resident.referral_out_updated');
    // Clearing what is already empty is no change.
    expect(updates.map((e) => e.details).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { referralId: r.id, fields: ['notes'] },
      { referralId: r.id, fields: ['reason'] },
    ]);
    // Leaving a field out still means "not changing it".
    expect((await core.call('residents.referralsOut.update', { id: r.id, notes: 'Back in March' })).reason).toBeNull();
  });

  it('refuses unknown partners, categories and statuses, unknown residents, and roles outside the case', async () => {
    const { core, residentId } = await freshCore();
    const isange = { partnerId: 'partner-seed-isange-kacyiru', categories: ['identity' as const], referredOn: '2025-06-01' };
    expect((await expectError(core, 'residents.referralsOut.create', { ...isange, residentId, categories: ['bank_details'] })).code).toBe(
      'VALIDATION',
    );
    expect((await expectError(core, 'residents.referralsOut.create', { ...isange, residentId, partnerId: 'church' })).code).toBe(
      'PARTNER_NOT_FOUND',
    );
    expect((await expectError(core, 'residents.referralsOut.create', { ...isange, residentId: 'nobody' })).code).toBe('NOT_FOUND');
    const r = await core.call('residents.referralsOut.create', { ...isange, residentId });
    expect((await expectError(core, 'residents.referralsOut.update', { id: r.id, status: 'lost' })).code).toBe('VALIDATION');
    expect((await expectError(core, 'residents.referralsOut.update', { id: 'nothing', status: 'sent' })).code).toBe('NOT_FOUND');

    const sw = (await core.call('residents.assignableStaff', {})).find((u) => u.role === 'social_worker')!;
    await core.call('residents.care.update', { residentId, socialWorkerId: sw.id });
    await core.lock('manual');
    await signIn(core, suite.template.staff.social_worker!);
    expect((await core.call('residents.referralsOut.update', { id: r.id, status: 'sent' })).status).toBe('sent');
    for (const role of ['counsellor', 'reporting'] as const) {
      await core.lock('manual');
      await signIn(core, suite.template.staff[role]!);
      expect((await expectError(core, 'residents.referralsOut.list', { residentId })).code).toBe('PERMISSION_DENIED');
      expect((await expectError(core, 'residents.referralsOut.update', { id: r.id, status: 'completed' })).code).toBe('PERMISSION_DENIED');
    }
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { ChannelInput } from '../../../shared/contract';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { requireFollowUpContactConsent } from './consent-gate';
import { residentsConsenting } from '../services/residents-consent';

/** Nothing leaves the shelter with a referral unless she agreed, for that partner and those parts of her file. */
const suite = useVaultTemplate({ staff: ['social_worker'], ownPasswords: true });

let core: Core;
let residentId: string;
const given = { givenOn: '2025-03-01', method: 'written', givenBy: 'resident' } as const;
/** Some tests pass what the schema refuses, so the shape is asserted, not checked. */
const referral = (over: Record<string, unknown> = {}) =>
  ({
    residentId,
    partnerId: 'partner-seed-iom',
    categories: ['identity'],
    referredOn: '2025-03-02',
    ...over,
  }) as ChannelInput<'residents.referralsOut.create'>;

beforeEach(async () => {
  core = openCore(suite.fresh('consent-gate'));
  await signIn(core, suite.template.manager);
  residentId = (
    await core.call('residents.admit', { identity: { givenNames: 'Keza', dateOfBirth: '1999-01-01' }, admittedOn: '2025-03-01' })
  ).id;
  return () => core.close();
}, 60_000);

const sharing = (over: Record<string, unknown>) =>
  core.call('residents.consents.record', { residentId, purpose: 'sharing', ...given, ...over } as never);

async function refusedFor(input: Record<string, unknown>) {
  const before = (await core.call('residents.referralsOut.list', { residentId })).length;
  const e = await expectError(core, 'residents.referralsOut.create', input);
  expect((await core.call('residents.referralsOut.list', { residentId })).length).toBe(before);
  return e;
}

describe('the consent gate on referrals out', () => {
  it('refuses without consent, naming the missing consent, and allows once it is recorded', async () => {
    const e = await refusedFor(referral());
    expect(e).toMatchObject({ code: 'CONSENT_REQUIRED', fields: [{ path: 'consent', code: 'sharing', message: 'identity' }] });
    await sharing({ partnerIds: ['partner-seed-iom'], categories: ['identity', 'health'] });
    const made = await core.call('residents.referralsOut.create', referral({ categories: ['identity', 'health'] }));
    expect(made).toMatchObject({ partnerId: 'partner-seed-iom', consent: 'consented', override: null });
  });

  it('refuses a partner or a category the consent does not name; a consent for a partner type covers its partners', async () => {
    await sharing({ partnerIds: ['partner-seed-iom'], categories: ['identity'] });
    expect((await refusedFor(referral({ partnerId: 'partner-seed-rib' }))).code).toBe('CONSENT_REQUIRED');
    expect((await refusedFor(referral({ categories: ['identity', 'documents'] }))).code).toBe('CONSENT_REQUIRED');
    await sharing({ partnerTypes: ['rib'], categories: ['trafficking_profile'] });
    expect((await refusedFor(referral({ partnerId: 'partner-seed-rib' }))).code).toBe('CONSENT_REQUIRED');
    expect(
      (await core.call('residents.referralsOut.create', referral({ partnerId: 'partner-seed-rib', categories: ['trafficking_profile'] })))
        .consent,
    ).toBe('consented');
  });

  it('takes a withdrawal at once: pending referrals show it, and sending is refused', async () => {
    const c = await sharing({ partnerIds: ['partner-seed-iom'], categories: ['identity'] });
    const r = await core.call('residents.referralsOut.create', referral());
    await core.call('residents.consents.withdraw', { consentId: c.consent.id, withdrawnOn: '2025-04-01' });
    expect((await core.call('residents.referralsOut.list', { residentId }))[0]!.consent).toBe('missing');
    const e = await expectError(core, 'residents.referralsOut.update', { id: r.id, status: 'sent' });
    expect(e.code).toBe('CONSENT_REQUIRED');
    expect((await core.call('residents.referralsOut.list', { residentId }))[0]!.status).toBe('planned');
    expect((await refusedFor(referral())).code).toBe('CONSENT_REQUIRED');
    // A closed referral no longer asks.
    expect((await core.call('residents.referralsOut.update', { id: r.id, status: 'cancelled' })).consent).toBeNull();
  });

  it('does not count a consent not yet in force or no longer valid for her age', async () => {
    await sharing({ partnerIds: ['partner-seed-iom'], categories: ['identity'], givenOn: '2025-03-01' });
    await core.call('residents.update', { id: residentId, identity: { givenNames: 'Keza', dateOfBirth: '2015-01-01' } });
    expect((await refusedFor(referral())).code).toBe('CONSENT_REQUIRED');
  });

  it('refuses a partner removed from the directory, and one that never existed, by name', async () => {
    await sharing({ partnerIds: ['partner-seed-ngo'], categories: ['identity'] });
    await core.call('partners.remove', { id: 'partner-seed-ngo' });
    expect((await refusedFor(referral({ partnerId: 'partner-seed-ngo' }))).code).toBe('PARTNER_NOT_FOUND');
    expect((await refusedFor(referral({ partnerId: 'made-up' }))).code).toBe('PARTNER_NOT_FOUND');
    expect(
      (
        await expectError(core, 'residents.consents.record', {
          residentId,
          purpose: 'sharing',
          partnerIds: ['partner-seed-ngo'],
          categories: ['identity'],
          ...given,
        })
      ).code,
    ).toBe('PARTNER_NOT_FOUND');
    expect((await core.call('partners.list', { includeRemoved: false })).map((p) => p.id)).not.toContain('partner-seed-ngo');
  });

  it('lets a manager or the assigned social worker record an override with a legal reason; it is audited and shown', async () => {
    const made = await core.call(
      'residents.referralsOut.create',
      referral({ override: { reason: 'threat_to_life', note: 'Trafficker found her' } }),
    );
    expect(made).toMatchObject({
      consent: 'override',
      override: { reason: 'threat_to_life', note: 'Trafficker found her', byName: suite.template.manager.fullName },
    });
    const audit = (await core.call('audit.list', { limit: 20 })).find((e) => e.action === 'resident.consent_overridden')!;
    expect(audit.details).toEqual({ referralId: made.id, reason: 'threat_to_life' });
    expect(
      (await expectError(core, 'residents.referralsOut.create', referral({ override: { reason: 'convenience', note: 'x' } }))).code,
    ).toBe('VALIDATION');
    expect(
      (await expectError(core, 'residents.referralsOut.create', referral({ override: { reason: 'legal_obligation', note: '  ' } }))).code,
    ).toBe('VALIDATION');

    // A social worker who holds the file may; one who does not cannot even reach it.
    const sw = suite.template.staff.social_worker!;
    await core.call('residents.care.update', { residentId, socialWorkerId: sw.id });
    await core.lock('manual');
    await signIn(core, sw);
    const hers = await core.call(
      'residents.referralsOut.create',
      referral({ override: { reason: 'legal_obligation', note: 'Court order 12/2025' } }),
    );
    expect(hers.consent).toBe('override');
    await core.lock('manual');
    await signIn(core, suite.template.manager);
    await core.call('residents.care.update', { residentId, socialWorkerId: null });
    await core.call('settings.update', { residentAccess: 'all' });
    await core.lock('manual');
    await signIn(core, sw);
    // With every file open she reaches it, but only the assigned social worker may override.
    expect(
      (await expectError(core, 'residents.referralsOut.create', referral({ override: { reason: 'legal_obligation', note: 'Court' } })))
        .code,
    ).toBe('PERMISSION_DENIED');
  });

  it('gates a follow-up contact on the follow_up_contact consent', async () => {
    const db = core.state.session!.db;
    await expect(requireFollowUpContactConsent(db, residentId)).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    const c = await core.call('residents.consents.record', { residentId, purpose: 'follow_up_contact', ...given });
    await expect(requireFollowUpContactConsent(db, residentId)).resolves.toBeUndefined();
    await core.call('residents.consents.withdraw', { consentId: c.consent.id, withdrawnOn: '2025-05-01' });
    await expect(requireFollowUpContactConsent(db, residentId)).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    await expect(requireFollowUpContactConsent(db, residentId, '2025-04-30')).resolves.toBeUndefined();
  });

  it('treats a recorded refusal like no consent, until she gives consent again', async () => {
    const db = core.state.session!.db;
    await sharing({ partnerIds: ['partner-seed-iom'], categories: ['identity'], givenOn: '2025-03-01' });
    await core.call('residents.consents.record', { residentId, purpose: 'follow_up_contact', ...given, givenOn: '2025-03-01' });
    const refusal = await core.call('residents.consents.record', {
      residentId,
      purpose: 'sharing',
      decision: 'refused',
      ...given,
      givenOn: '2025-03-10',
    });
    expect(refusal.consent).toMatchObject({ decision: 'refused', active: false, partners: [], categories: [] });
    await core.call('residents.consents.record', {
      residentId,
      purpose: 'follow_up_contact',
      decision: 'refused',
      ...given,
      givenOn: '2025-03-10',
    });
    expect((await refusedFor(referral({ referredOn: '2025-03-11' }))).code).toBe('CONSENT_REQUIRED');
    await expect(requireFollowUpContactConsent(db, residentId)).rejects.toMatchObject({ code: 'CONSENT_REQUIRED' });
    // Before the refusal the earlier consent held.
    await expect(requireFollowUpContactConsent(db, residentId, '2025-03-09')).resolves.toBeUndefined();
    // The whole-shelter check used by exports says the same on both days.
    expect((await residentsConsenting(db, 'follow_up_contact')).has(residentId)).toBe(false);
    expect((await residentsConsenting(db, 'follow_up_contact', '2025-03-09')).has(residentId)).toBe(true);
    // A refusal names no partner and cannot be withdrawn: she changes her mind by consenting again.
    expect(
      (
        await expectError(core, 'residents.consents.record', {
          residentId,
          purpose: 'sharing',
          decision: 'refused',
          partnerIds: ['partner-seed-iom'],
          categories: ['identity'],
          ...given,
        })
      ).code,
    ).toBe('VALIDATION');
    const w = await expectError(core, 'residents.consents.withdraw', { consentId: refusal.consent.id, withdrawnOn: '2025-04-01' });
    expect(w).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'withdrawnOn' }] });
    await sharing({ partnerIds: ['partner-seed-iom'], categories: ['identity'], givenOn: '2025-03-20' });
    expect((await core.call('residents.referralsOut.create', referral({ referredOn: '2025-03-21' }))).consent).toBe('consented');
    const audit = (await core.call('audit.list', { limit: 20 })).filter((e) => e.action === 'resident.consent_recorded');
    expect(audit.map((e) => e.details.decision)).toContain('refused');
  });
});

describe('the partner directory', () => {
  it('is kept by the manager and read by social workers; unmatched names are resolved by a manager', async () => {
    const p = await core.call('partners.save', { type: 'health', name: 'CHUK', district: 'Nyarugenge', phone: '+250 788 000 000' });
    expect(p).toMatchObject({ type: 'health', name: 'CHUK', district: 'Nyarugenge', contactPerson: null, removed: false });
    const renamed = await core.call('partners.save', { id: p.id, type: 'health', name: 'CHUK hospital' });
    expect(renamed.name).toBe('CHUK hospital');
    expect((await expectError(core, 'partners.save', { type: 'bank', name: 'X' })).code).toBe('VALIDATION');
    expect((await expectError(core, 'partners.save', { id: 'nobody', type: 'health', name: 'X' })).code).toBe('PARTNER_NOT_FOUND');
    expect(await core.call('partners.unresolved', {})).toEqual([]);
    await core.lock('manual');
    await signIn(core, suite.template.staff.social_worker!);
    expect((await core.call('partners.list', { includeRemoved: false })).map((x) => x.name)).toContain('CHUK hospital');
    expect((await expectError(core, 'partners.save', { type: 'health', name: 'Mine' })).code).toBe('PERMISSION_DENIED');
  });
});

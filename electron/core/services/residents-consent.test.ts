import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { ConsentRecordInput } from '../../../shared/domain/resident-consent';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { ageOnDate, hasConsent } from './residents-consent';
import { todayIso } from './residents-records';

const suite = useVaultTemplate({ staff: ['counsellor', 'reporting'], ownPasswords: true });

async function freshCore(): Promise<Core> {
  const core = openCore(suite.fresh('consent'));
  await signIn(core, suite.template.manager);
  return core;
}

function db(core: Core) {
  return core.state.session!.db;
}

function daysFromToday(n: number): string {
  return new Date(Date.parse(`${todayIso()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

const written = (residentId: string, over: Partial<ConsentRecordInput> = {}): ConsentRecordInput => ({
  residentId,
  purpose: 'services',
  givenOn: '2025-03-05',
  method: 'written',
  givenBy: 'resident',
  ...over,
});

async function refusal(core: Core, channel: 'residents.consents.record' | 'residents.consents.withdraw', input: unknown) {
  const e = await expectError(core, channel, input);
  expect(e.code).toBe('VALIDATION');
  return (e.fields ?? []).map((f) => `${f.path}:${f.message}`);
}

describe('consent and age', () => {
  it('refuses a resident under 16 consenting herself (date of birth), accepts her guardian, warns at 16 and 17', async () => {
    const core = await freshCore();
    const girl = await core.call('residents.admit', {
      identity: { givenNames: 'Ineza', dateOfBirth: '2010-06-15' },
      admittedOn: '2025-03-01',
    });
    expect(await refusal(core, 'residents.consents.record', written(girl.id, { givenOn: '2026-06-14' }))).toEqual([
      'givenBy:consent.guardianRequiredUnder16',
    ]);
    const byGuardian = await core.call(
      'residents.consents.record',
      written(girl.id, { givenOn: '2026-06-14', givenBy: 'guardian', guardianName: 'GUARDIAN-MARKER', guardianRelationship: 'parent' }),
    );
    expect(byGuardian.warnings).toEqual([]);
    expect(byGuardian.consent).toMatchObject({
      givenBy: 'guardian',
      guardianName: 'GUARDIAN-MARKER',
      guardianRelationship: 'parent',
      active: true,
    });
    // Her 16th birthday: she may consent herself, with a warning to involve a guardian.
    const herself = await core.call('residents.consents.record', written(girl.id, { purpose: 'data_storage', givenOn: '2026-06-15' }));
    expect(herself.warnings).toEqual(['minor_16_17']);
    expect(herself.consent.warnings).toEqual(['minor_16_17']);
    expect(herself.consent.active).toBe(true);
    expect(
      await refusal(core, 'residents.consents.record', written(girl.id, { givenOn: '2010-06-14', givenBy: 'guardian', guardianName: 'G' })),
    ).toEqual(['givenOn:consent.beforeBirth']);
  });

  it('uses the estimated age as of admission when there is no date of birth, and warns when the age is unknown', async () => {
    const core = await freshCore();
    const est = await core.call('residents.admit', { identity: { givenNames: 'Uwase', estimatedAgeYears: 15 }, admittedOn: '2025-03-01' });
    expect(await refusal(core, 'residents.consents.record', written(est.id, { givenOn: '2025-03-02' }))).toEqual([
      'givenBy:consent.guardianRequiredUnder16',
    ]);
    expect((await core.call('residents.consents.record', written(est.id, { givenOn: '2026-03-01' }))).warnings).toEqual(['minor_16_17']);

    const unknown = await core.call('residents.admit', { identity: { givenNames: 'Mutoni' }, admittedOn: '2025-03-01' });
    const r = await core.call('residents.consents.record', written(unknown.id));
    expect(r.warnings).toEqual(['age_unknown']);
    expect(r.consent.active).toBe(true);

    const adult = await core.call('residents.admit', {
      identity: { givenNames: 'Aline', dateOfBirth: '1998-01-01' },
      admittedOn: '2025-03-01',
    });
    expect((await core.call('residents.consents.record', written(adult.id))).warnings).toEqual([]);

    expect(ageOnDate({ date_of_birth: null, estimated_age_years: 15, estimated_age_on: '2025-03-01' }, '2024-03-02')).toBe(14);
    expect(ageOnDate({ date_of_birth: null, estimated_age_years: null, estimated_age_on: null }, '2024-03-02')).toBeNull();
  });

  it('needs a witness for oral consent and named partners for sharing; never a future date', async () => {
    const core = await freshCore();
    const adult = await core.call('residents.admit', {
      identity: { givenNames: 'Aline', dateOfBirth: '1998-01-01' },
      admittedOn: '2025-03-01',
    });
    expect(await refusal(core, 'residents.consents.record', written(adult.id, { method: 'oral_witnessed' }))).toEqual([
      'witnessName:consent.witnessRequired',
    ]);
    expect(await refusal(core, 'residents.consents.record', written(adult.id, { purpose: 'sharing' }))).toEqual([
      'partnerIds:consent.partnersRequired',
      'categories:consent.categoriesRequired',
    ]);
    expect(await refusal(core, 'residents.consents.record', written(adult.id, { givenOn: daysFromToday(3) }))).toEqual([
      'givenOn:date.inFuture',
    ]);
    const oral = await core.call(
      'residents.consents.record',
      written(adult.id, {
        method: 'oral_witnessed',
        witnessName: 'WITNESS-MARKER',
        purpose: 'sharing',
        partnerIds: ['partner-seed-iom'],
        categories: ['identity'],
      }),
    );
    expect(oral.consent).toMatchObject({ method: 'oral_witnessed', witnessName: 'WITNESS-MARKER', partners: ['IOM Rwanda'] });
    expect((await expectError(core, 'residents.consents.record', written('nobody'))).code).toBe('NOT_FOUND');
  });

  it('withdraws with a date not before the consent and not in the future; the withdrawn consent stays, a new one is a new row', async () => {
    const core = await freshCore();
    const adult = await core.call('residents.admit', {
      identity: { givenNames: 'Aline', dateOfBirth: '1998-01-01' },
      admittedOn: '2025-03-01',
    });
    const first = (await core.call('residents.consents.record', written(adult.id, { purpose: 'follow_up_contact' }))).consent;
    expect(await refusal(core, 'residents.consents.withdraw', { consentId: first.id, withdrawnOn: '2025-03-04' })).toEqual([
      'withdrawnOn:consent.withdrawalBeforeGiven',
    ]);
    expect(await refusal(core, 'residents.consents.withdraw', { consentId: first.id, withdrawnOn: daysFromToday(2) })).toEqual([
      'withdrawnOn:date.inFuture',
    ]);
    const withdrawn = await core.call('residents.consents.withdraw', {
      consentId: first.id,
      withdrawnOn: '2025-03-05',
      reason: 'REASON-MARKER',
    });
    expect(withdrawn).toMatchObject({ id: first.id, withdrawnOn: '2025-03-05', withdrawalReason: 'REASON-MARKER', active: false });
    expect(await refusal(core, 'residents.consents.withdraw', { consentId: first.id, withdrawnOn: '2025-04-01' })).toEqual([
      'withdrawnOn:consent.alreadyWithdrawn',
    ]);
    expect((await expectError(core, 'residents.consents.withdraw', { consentId: 'nope', withdrawnOn: '2025-04-01' })).code).toBe(
      'NOT_FOUND',
    );

    const again = (await core.call('residents.consents.record', written(adult.id, { purpose: 'follow_up_contact', givenOn: '2025-05-01' })))
      .consent;
    const list = await core.call('residents.consents.list', { residentId: adult.id });
    expect(list.map((c) => [c.id, c.active, c.withdrawnOn])).toEqual([
      [again.id, true, null],
      [first.id, false, '2025-03-05'],
    ]);
  });

  it('hasConsent answers for a purpose, a day, a partner (or its type) and the categories asked for', async () => {
    const core = await freshCore();
    const adult = await core.call('residents.admit', {
      identity: { givenNames: 'Aline', dateOfBirth: '1998-01-01' },
      admittedOn: '2025-03-01',
    });
    const services = (await core.call('residents.consents.record', written(adult.id))).consent;
    await core.call(
      'residents.consents.record',
      written(adult.id, {
        purpose: 'sharing',
        partnerIds: ['partner-seed-iom'],
        partnerTypes: ['isange'],
        categories: ['identity', 'health'],
      }),
    );

    expect(await hasConsent(db(core), adult.id, 'services', { on: '2025-03-04' })).toBe(false);
    expect(await hasConsent(db(core), adult.id, 'services', { on: '2025-03-05' })).toBe(true);
    expect(await hasConsent(db(core), adult.id, 'services')).toBe(true);
    expect(await hasConsent(db(core), adult.id, 'follow_up_contact')).toBe(false);
    await core.call('residents.consents.withdraw', { consentId: services.id, withdrawnOn: '2025-06-01' });
    expect(await hasConsent(db(core), adult.id, 'services', { on: '2025-05-31' })).toBe(true);
    expect(await hasConsent(db(core), adult.id, 'services', { on: '2025-06-01' })).toBe(false);
    expect(await hasConsent(db(core), adult.id, 'services')).toBe(false);

    const iom = { id: 'partner-seed-iom', type: 'iom' };
    const anyIsange = { id: 'partner-elsewhere', type: 'isange' };
    expect(await hasConsent(db(core), adult.id, 'sharing', { partner: iom })).toBe(true);
    expect(await hasConsent(db(core), adult.id, 'sharing', { partner: iom, categories: ['identity', 'health'] })).toBe(true);
    expect(await hasConsent(db(core), adult.id, 'sharing', { partner: iom, categories: ['documents'] })).toBe(false);
    expect(await hasConsent(db(core), adult.id, 'sharing', { partner: anyIsange, categories: ['health'] })).toBe(true);
    expect(await hasConsent(db(core), adult.id, 'sharing', { partner: { id: 'partner-seed-rib', type: 'rib' } })).toBe(false);
    expect(await hasConsent(db(core), adult.id, 'sharing', { partner: iom, on: '2025-03-01' })).toBe(false);
    await expect(hasConsent(db(core), adult.id, 'sharing')).rejects.toThrow(/partner/);
    await expect(hasConsent(db(core), 'nobody', 'services')).rejects.toThrow(/resident/);
  });

  it('stops counting her own consent once her date of birth shows she was under 16, and says why', async () => {
    const core = await freshCore();
    const r = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    await core.call('residents.consents.record', written(r.id));
    expect(await hasConsent(db(core), r.id, 'services')).toBe(true);
    await core.call('residents.update', { id: r.id, identity: { givenNames: 'Keza', dateOfBirth: '2011-01-01' } });
    expect(await hasConsent(db(core), r.id, 'services')).toBe(false);
    const [c] = await core.call('residents.consents.list', { residentId: r.id });
    expect(c).toMatchObject({ active: false, warnings: ['given_under_16'] });
  });

  it('lets the counsellor read consents but not record them; the reporting role neither; names never reach the audit log', async () => {
    const core = await freshCore();
    const adult = await core.call('residents.admit', {
      identity: { givenNames: 'Aline', dateOfBirth: '1998-01-01' },
      admittedOn: '2025-03-01',
    });
    const c = (
      await core.call(
        'residents.consents.record',
        written(adult.id, {
          purpose: 'sharing',
          partnerIds: ['partner-seed-ngo'],
          categories: ['identity'],
          method: 'oral_witnessed',
          witnessName: 'WITNESS-MARKER',
          givenBy: 'guardian',
          guardianName: 'GUARDIAN-MARKER',
          notes: 'NOTES-MARKER',
        }),
      )
    ).consent;
    await core.call('residents.consents.withdraw', { consentId: c.id, withdrawnOn: '2025-04-01', reason: 'REASON-MARKER' });

    expect((await core.call('residents.consents.list', { residentId: adult.id })).map((x) => x.id)).toEqual([c.id]);
    // Counsellors read identity and profile only: consents name guardians, witnesses and partners.
    await signIn(core, suite.template.staff.counsellor!);
    expect((await expectError(core, 'residents.consents.list', { residentId: adult.id })).code).toBe('PERMISSION_DENIED');
    expect((await expectError(core, 'residents.consents.record', written(adult.id))).code).toBe('PERMISSION_DENIED');
    expect((await expectError(core, 'residents.consents.withdraw', { consentId: c.id, withdrawnOn: '2025-04-01' })).code).toBe(
      'PERMISSION_DENIED',
    );
    await signIn(core, suite.template.staff.reporting!);
    expect((await expectError(core, 'residents.consents.list', { residentId: adult.id })).code).toBe('PERMISSION_DENIED');

    await signIn(core, suite.template.manager);
    const entries = (await core.call('audit.list', { limit: 50 })).filter((e) => e.targetId === adult.id);
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['resident.consent_recorded', 'resident.consent_withdrawn', 'resident.viewed']),
    );
    const recorded = entries.find((e) => e.action === 'resident.consent_recorded')!;
    expect(recorded.details).toMatchObject({ consentId: c.id, purpose: 'sharing', method: 'oral_witnessed', givenBy: 'guardian' });
    expect(JSON.stringify(entries)).not.toContain('MARKER');
  });
});

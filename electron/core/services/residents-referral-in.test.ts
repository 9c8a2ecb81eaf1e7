import { describe, expect, it } from 'vitest';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true });

const CORRECTED = {
  sourceType: 'isange_one_stop_centre',
  organisationName: 'RIB Kicukiro',
  referringOfficer: 'OFFICER-MARKER',
  referredOn: '2025-02-28',
} as const;

describe('referral in, added after a night admission', () => {
  it('is added, then corrected; the file stops listing it as missing; audit and History name fields only', async () => {
    const core = openCore(suite.fresh('referral'));
    await signIn(core, suite.template.manager);
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    expect(keza.missing).toContain('referral');
    const stayId = keza.stays[0]!.id;

    const added = await core.call('residents.referralIn.save', {
      residentId: keza.id,
      stayId,
      referral: {
        sourceType: 'police_rib',
        organisationName: 'RIB Kicukiro',
        referringOfficer: 'OFFICER-MARKER',
        referredOn: '2025-02-28',
      },
    });
    expect(added.missing).not.toContain('referral');
    expect(added.referrals).toEqual([
      expect.objectContaining({ stayId, sourceType: 'police_rib', organisationName: 'RIB Kicukiro', referringOfficer: 'OFFICER-MARKER' }),
    ]);

    const corrected = await core.call('residents.referralIn.save', {
      residentId: keza.id,
      stayId,
      referral: CORRECTED,
    });
    expect(corrected.referrals).toHaveLength(1);
    expect(corrected.referrals[0]!.sourceType).toBe('isange_one_stop_centre');

    // Saving the same values again changes nothing and records nothing.
    const before = (await core.call('audit.list', { limit: 100 })).length;
    await core.call('residents.referralIn.save', {
      residentId: keza.id,
      stayId,
      referral: CORRECTED,
    });
    expect((await core.call('audit.list', { limit: 100 })).length).toBe(before);

    const history = await core.call('residents.history', { residentId: keza.id });
    const saves = history.entries.filter((e) => e.action === 'resident.referral_in_saved');
    expect(saves.map((e) => [e.section, e.fields])).toEqual([
      ['stay', ['sourceType']],
      ['stay', ['sourceType', 'organisationName', 'referringOfficer', 'referredOn']],
    ]);
    expect(JSON.stringify(await core.call('audit.list', { limit: 100 }))).not.toContain('OFFICER-MARKER');
  });

  it('refuses a referral dated after the admission, a stay of someone else, and the counsellor', async () => {
    const core = openCore(suite.fresh('referral-refused'));
    await signIn(core, suite.template.manager);
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    const aline = await core.call('residents.admit', { identity: { givenNames: 'Aline' }, admittedOn: '2025-03-02' });
    const late = await expectError(core, 'residents.referralIn.save', {
      residentId: keza.id,
      stayId: keza.stays[0]!.id,
      referral: { sourceType: 'ngo', referredOn: '2025-03-05' },
    });
    expect(late.code).toBe('VALIDATION');
    expect(late.fields?.[0]).toMatchObject({ path: 'referral.referredOn', message: 'date.referralAfterAdmission' });
    const wrong = await expectError(core, 'residents.referralIn.save', {
      residentId: keza.id,
      stayId: aline.stays[0]!.id,
      referral: { sourceType: 'ngo' },
    });
    expect(wrong.code).toBe('NOT_FOUND');
    expect((await core.call('residents.get', { id: keza.id })).referrals).toEqual([]);

    await signIn(core, suite.template.staff.counsellor!);
    const refused = await expectError(core, 'residents.referralIn.save', {
      residentId: keza.id,
      stayId: keza.stays[0]!.id,
      referral: { sourceType: 'ngo' },
    });
    expect(refused.code).toBe('PERMISSION_DENIED');
  });
});

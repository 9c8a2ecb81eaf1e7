import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { chosen } from '../testing/chosen';
import { readPdf } from '../testing/pdf-text';
import { dischargedResident, ratings } from '../testing/reintegration';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

/**
 * The field sheet and the referral slip through the one PDF path: what they say, read back
 * from the saved file by pdfjs, and above all what they never say.
 */
const suite = useVaultTemplate({ staff: ['counsellor'], ownPasswords: true, residentAccess: 'all' });
let core: Core;
let residentId: string;
const MARK = {
  family: 'Nyirahabimana',
  health: 'HEALTH-MARKER asthma',
  profile: 'PROFILE-MARKER Dubai household',
  phone: '+250 788 555 111',
  contact: 'Mukarugwiza Vestine',
};

const savedText = async (
  channel: 'residents.reintegration.fieldSheet' | 'residents.reintegration.referralSlip',
  input: Record<string, unknown>,
) => {
  const file = join(suite.dirs.make('pdf-out'), 'out.pdf');
  await core.call(channel, { ...input, destinationToken: await chosen(core, 'documentExport', file) } as never);
  return (await readPdf(readFileSync(file))).text.replace(/\s+/g, ' ');
};

beforeAll(async () => {
  core = openCore(suite.fresh('reintegration-print'), { scheduledBackups: false });
  await signIn(core, suite.template.manager);
  residentId = await dischargedResident(core, { name: 'Aline Uwase' });
  const file = await core.call('residents.get', { id: residentId });
  await core.call('residents.update', {
    id: residentId,
    identity: { ...file.identity, familyName: MARK.family, healthNotes: MARK.health, phone: MARK.phone },
  } as never);
  await core.call('residents.profile.save', {
    residentId,
    profile: { exploitationTypes: ['forced_labour'], exploitationPlace: MARK.profile, notes: MARK.profile },
  } as never);
  await core.call('residents.reintegration.savePlan', {
    residentId,
    destinationType: 'family',
    destination: {
      country: 'RW',
      province: 'South',
      district: 'Nyamagabe',
      sector: 'Buruhukiro',
      cell: 'Bushigishigi',
      village: 'Giharayumbu',
    },
    householdContact: { name: MARK.contact, relationship: 'Nyina (mother)', phone: '+250 722 000 111' },
    authority: { partnerId: 'partner-seed-village', role: 'village_leader' },
    risk: 'medium',
  });
  await core.call('residents.reintegration.startSchedule', { residentId });
  const [first] = (await core.call('residents.reintegration.get', { residentId })).visits;
  await core.call('residents.reintegration.recordVisit', {
    visitId: first!.id,
    visitedOn: '2025-04-30',
    mode: 'home_visit',
    visitors: 'Social worker',
    reached: true,
    ratings: ratings(3, { income: 2 }),
  });
}, 120_000);

describe('the field sheet', () => {
  it('carries code, first name, village, contact, last scores and blanks; no family name, health or trafficking details', async () => {
    const v = (await core.call('residents.reintegration.get', { residentId })).visits.find((x) => x.status === 'due')!;
    const text = await savedText('residents.reintegration.fieldSheet', { visitId: v.id, locale: 'fr' });
    const { code } = await core.call('residents.get', { id: residentId });
    for (const s of [
      'Visite de suivi — fiche de terrain',
      code,
      'Aline',
      'Giharayumbu',
      MARK.contact,
      '+250 722 000 111',
      'Village authority (Umudugudu)',
      'Derniers scores (visite du 2025-04-30)',
      'Économique',
      '2.75',
      'Se sent en sécurité',
      'Nouvelle note (1–5)',
      'Actions convenues',
      'Page 1 sur 1',
    ])
      expect(text).toContain(s);
    for (const s of [MARK.family, 'HEALTH-MARKER', 'PROFILE-MARKER', MARK.phone, 'Forced labour', 'Travail forcé'])
      expect(text).not.toContain(s);
  });

  it('is refused to a counsellor, who may not see the household contact', async () => {
    const v = (await core.call('residents.reintegration.get', { residentId })).visits.find((x) => x.status === 'due')!;
    await core.lock('manual');
    await signIn(core, suite.template.staff.counsellor!);
    try {
      const token = await chosen(core, 'documentExport', join(suite.dirs.make('c'), 'x.pdf'));
      expect(
        (await expectError(core, 'residents.reintegration.fieldSheet', { visitId: v.id, destinationToken: token, locale: 'en' })).code,
      ).toBe('PERMISSION_DENIED');
    } finally {
      await core.lock('manual');
      await signIn(core, suite.template.manager);
    }
  });
});

describe('the referral slip', () => {
  const consent = (categories: string[], partnerTypes = ['health']) =>
    core.call('residents.consents.record', {
      residentId,
      purpose: 'sharing',
      partnerTypes,
      categories,
      givenOn: '2025-01-10',
      method: 'written',
      givenBy: 'resident',
    } as never);
  const referral = (categories: string[], override = true) =>
    core.call('residents.referralsOut.create', {
      residentId,
      partnerId: 'partner-seed-health-centre',
      categories,
      referredOn: '2025-04-01',
      reason: 'Follow-up care',
      ...(override ? { override: { reason: 'threat_to_life', note: 'Emergency' } } : {}),
    } as never);

  it('is refused while her consent does not cover every category of the referral, naming what is missing', async () => {
    const ref = await referral(['identity', 'health']);
    const token = await chosen(core, 'documentExport', join(suite.dirs.make('slip-refused'), 'slip.pdf'));
    const e = await expectError(core, 'residents.reintegration.referralSlip', {
      referralOutId: ref.id,
      destinationToken: token,
      locale: 'en',
    });
    expect(e.code).toBe('CONSENT_REQUIRED');
    expect(e.fields?.[0]).toMatchObject({ path: 'consent', code: 'sharing', message: 'identity,health' });
  });

  it('carries only the consented categories: identity here, never her health notes, phone or trafficking profile', async () => {
    await consent(['identity']);
    const ref = await referral(['identity'], false);
    const text = await savedText('residents.reintegration.referralSlip', { referralOutId: ref.id, locale: 'rw' });
    for (const s of ['Urupapuro rwo kohereza', 'Health centre', `Aline Uwase ${MARK.family}`, 'Follow-up care', 'Umwirondoro'])
      expect(text).toContain(s);
    for (const s of ['HEALTH-MARKER', 'PROFILE-MARKER', MARK.phone, MARK.contact, 'Ubuzima']) expect(text).not.toContain(s);
  });

  it('adds a category once she consents to it for that partner', async () => {
    await consent(['identity', 'health']);
    const ref = await referral(['identity', 'health'], false);
    const text = await savedText('residents.reintegration.referralSlip', { referralOutId: ref.id, locale: 'en' });
    expect(text).toContain(MARK.health);
    expect(text).not.toContain('PROFILE-MARKER');
    expect(text).not.toContain(MARK.phone);
  });
});

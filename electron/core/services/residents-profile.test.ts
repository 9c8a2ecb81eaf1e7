import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { TraffickingProfileInput } from '../../../shared/domain/resident-profile';
import { encodings, findInFiles } from '../testing/files';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { todayIso } from './residents-records';

// About what each role may do whoever holds the case; need-to-know is tested in electron/core/access/.
const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true, residentAccess: 'all' });

async function freshCore(label = 'profile'): Promise<{ core: Core; dir: string }> {
  const dir = suite.fresh(label);
  const core = openCore(dir);
  await signIn(core, suite.template.manager);
  return { core, dir };
}

function daysFromToday(n: number): string {
  return new Date(Date.parse(`${todayIso()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

const FULL: TraffickingProfileInput = {
  status: 'actual',
  exploitationTypes: ['forced_labour', 'sexual_exploitation'],
  labourSectors: ['domestic_work'],
  sexualExploitationTypes: ['private_sexual_services'],
  meansOfControl: ['restricts_movement', 'withholds_documents', 'debt_bondage'],
  recruitmentMethods: ['recruitment_agency'],
  recruiterRelationships: ['recruitment_agent'],
  exploitationCountries: ['OM', 'AE'],
  exploitationPlace: 'PLACE-MARKER-Muscat',
  employmentAtRecruitment: 'unemployed_seeking_work',
  recruitedOn: '2024-02-10',
  exitedOn: '2025-01-20',
  notes: 'ACCOUNT-MARKER she was kept in the house',
};

async function profileEntries(core: Core) {
  return (await core.call('audit.list', { limit: 50 })).filter((e) => e.action === 'resident.profile_updated');
}

describe('trafficking profile', () => {
  it('is empty until saved, then round-trips every field; the audit log names fields, never values', async () => {
    const { core } = await freshCore();
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    expect(await core.call('residents.profile.get', { residentId: keza.id })).toEqual({
      residentId: keza.id,
      profile: null,
      updatedAt: null,
      updatedByName: null,
    });

    const saved = await core.call('residents.profile.save', { residentId: keza.id, profile: FULL });
    expect(saved.profile).toEqual({ ...FULL, internalMovement: undefined });
    expect(saved.updatedByName).toBe(suite.template.manager.fullName);
    expect((await core.call('residents.profile.get', { residentId: keza.id })).profile).toEqual(saved.profile);

    const [entry, ...more] = await profileEntries(core);
    expect(more).toEqual([]);
    expect(entry!.targetId).toBe(keza.id);
    expect((entry!.details.fields as string[]).sort()).toEqual(Object.keys(FULL).sort());
    expect(JSON.stringify(entry)).not.toMatch(/MARKER|Muscat|restricts_movement|recruitment_agent|OM/);
  });

  it('records only the fields that changed, and nothing when nothing did (a reordered multi-select is no change)', async () => {
    const { core } = await freshCore();
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    await core.call('residents.profile.save', { residentId: keza.id, profile: FULL });
    await core.call('residents.profile.save', {
      residentId: keza.id,
      profile: {
        ...FULL,
        meansOfControl: ['debt_bondage', 'restricts_movement', 'withholds_documents'],
        exploitationCountries: ['AE', 'OM'],
      },
    });
    expect(await profileEntries(core)).toHaveLength(1);

    const { exploitationPlace: _gone, ...rest } = FULL;
    const after = await core.call('residents.profile.save', {
      residentId: keza.id,
      profile: { ...rest, status: 'possible', meansOfControl: [...FULL.meansOfControl!, 'isolation'] },
    });
    expect(after.profile!.exploitationPlace).toBeUndefined();
    expect(after.profile!.meansOfControl).toContain('isolation');
    const entries = await profileEntries(core);
    expect(entries).toHaveLength(2);
    expect((entries[0]!.details.fields as string[]).sort()).toEqual(['exploitationPlace', 'meansOfControl', 'status']);
  });

  it('keeps a partial profile: empty lists and absent fields are fine', async () => {
    const { core } = await freshCore();
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    const saved = await core.call('residents.profile.save', {
      residentId: keza.id,
      profile: { status: 'possible', exploitationCountries: ['RW'], internalMovement: 'rural_to_urban', exploitationPlace: '   ' },
    });
    expect(saved.profile).toMatchObject({
      status: 'possible',
      exploitationTypes: [],
      meansOfControl: [],
      exploitationCountries: ['RW'],
      internalMovement: 'rural_to_urban',
    });
    expect(saved.profile!.exploitationPlace).toBeUndefined();
  });

  it('refuses future dates, an exit before recruitment, unknown values and inconsistent choices, next to the field', async () => {
    const { core } = await freshCore();
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    const refusal = async (profile: Record<string, unknown>) => {
      const e = await expectError(core, 'residents.profile.save', { residentId: keza.id, profile });
      expect(e.code).toBe('VALIDATION');
      return (e.fields ?? []).map((f) => `${f.path}:${f.message}`);
    };
    expect(await refusal({ recruitedOn: daysFromToday(3) })).toEqual(['profile.recruitedOn:date.inFuture']);
    expect(await refusal({ exitedOn: daysFromToday(3) })).toEqual(['profile.exitedOn:date.inFuture']);
    expect(await refusal({ recruitedOn: '2024-05-01', exitedOn: '2024-04-30' })).toEqual([
      'profile.exitedOn:trafficking.exitBeforeRecruitment',
    ]);
    expect(await refusal({ recruitedOn: '2024-02-30' })).toEqual(['profile.recruitedOn:date.format']);
    expect((await refusal({ meansOfControl: ['mind_control'] }))[0]).toMatch(/^profile\.meansOfControl\.0:/);
    expect((await refusal({ status: 'maybe' }))[0]).toMatch(/^profile\.status:/);
    expect(await refusal({ meansOfControl: ['threatens_family', 'threatens_family'] })).toEqual([
      'profile.meansOfControl:trafficking.duplicateValue',
    ]);
    expect(await refusal({ exploitationCountries: ['XX'] })).toEqual(['profile.exploitationCountries.0:country.unknown']);
    expect(await refusal({ labourSectors: ['agriculture'] })).toEqual(['profile.labourSectors:trafficking.labourSectorWithoutLabour']);
    expect(await refusal({ exploitationTypes: ['forced_labour'], sexualExploitationTypes: ['prostitution'] })).toEqual([
      'profile.sexualExploitationTypes:trafficking.sexualTypeWithoutSexual',
    ]);
    expect(await refusal({ exploitationCountries: ['UG'], internalMovement: 'rural_to_urban' })).toEqual([
      'profile.internalMovement:trafficking.internalMovementNeedsRwanda',
    ]);
    const born = await core.call('residents.admit', {
      identity: { givenNames: 'Ineza', dateOfBirth: '2008-05-01' },
      admittedOn: '2025-03-01',
    });
    const beforeBirth = await expectError(core, 'residents.profile.save', { residentId: born.id, profile: { recruitedOn: '2008-04-30' } });
    expect(beforeBirth.fields).toEqual([expect.objectContaining({ path: 'profile.recruitedOn', message: 'trafficking.beforeBirth' })]);
    // Today itself is never "in the future", whatever the clock's zone.
    expect((await core.call('residents.profile.save', { residentId: keza.id, profile: { exitedOn: todayIso() } })).profile!.exitedOn).toBe(
      todayIso(),
    );
    expect((await expectError(core, 'residents.profile.save', { residentId: 'nobody', profile: {} })).code).toBe('NOT_FOUND');
    expect((await expectError(core, 'residents.profile.get', { residentId: 'nobody' })).code).toBe('NOT_FOUND');
  });

  it('lets the counsellor read but not write it, the social worker write it, and the reporting role neither; opening it is a view', async () => {
    const { core } = await freshCore();
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    const staff = suite.template.staff;

    await signIn(core, staff.social_worker!);
    await core.call('residents.profile.save', { residentId: keza.id, profile: { status: 'actual' } });

    await signIn(core, staff.counsellor!);
    expect((await core.call('residents.profile.get', { residentId: keza.id })).profile!.status).toBe('actual');
    expect((await expectError(core, 'residents.profile.save', { residentId: keza.id, profile: { status: 'possible' } })).code).toBe(
      'PERMISSION_DENIED',
    );

    await signIn(core, staff.reporting!);
    expect((await expectError(core, 'residents.profile.get', { residentId: keza.id })).code).toBe('PERMISSION_DENIED');

    await signIn(core, suite.template.manager);
    const views = (await core.call('audit.list', { limit: 50 })).filter((e) => e.action === 'resident.viewed' && e.targetId === keza.id);
    expect(views.map((v) => [v.actorId, v.details])).toEqual([[staff.counsellor!.id, { section: 'profile' }]]);
  });

  it('never writes her account in readable form to the vault folder', async () => {
    const { core, dir } = await freshCore('profile-disk');
    const keza = await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' });
    const marker = 'PROFILE-CANARY-7f3a9c';
    await core.call('residents.profile.save', {
      residentId: keza.id,
      profile: { ...FULL, notes: marker, exploitationPlace: `${marker}-place` },
    });
    expect(
      findInFiles(
        dir,
        encodings(marker).map((e) => ({ ...e, label: `${marker}:${e.label}` })),
      ),
    ).toEqual([]);
    await core.close();
    expect(
      findInFiles(
        dir,
        encodings(marker).map((e) => ({ ...e, label: `${marker}:${e.label}` })),
      ),
    ).toEqual([]);
  });
});

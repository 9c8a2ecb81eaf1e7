import { describe, expect, it } from 'vitest';
import type { AdmissionInput } from '../../../shared/domain/resident';
import type { Role } from '../../../shared/roles';
import type { Core } from '../core';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';

// About what each role may do whoever holds the case; need-to-know is tested in electron/core/access/.
const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true, residentAccess: 'all' });

async function freshCore(as: Role = 'manager'): Promise<Core> {
  const core = openCore(suite.fresh('residents'));
  await signIn(core, as === 'manager' ? suite.template.manager : suite.template.staff[as]!);
  return core;
}

const THIS_YEAR = new Date().getUTCFullYear();
const minimal = (alias: string, admittedOn = '2025-03-02'): AdmissionInput => ({ identity: { otherNames: [alias] }, admittedOn });

const full: AdmissionInput = {
  identity: {
    givenNames: 'Aline',
    familyName: 'Uwimana',
    otherNames: ['Mama Keza'],
    sex: 'female',
    genderIdentity: 'woman',
    dateOfBirth: '2004-06-15',
    nationalities: ['rw'],
    languages: ['rw', 'sw'],
    phone: '+250 788 123 456',
    idDocument: { type: 'national_id', number: '1 2004 7 0012345 1 23' },
    maritalStatus: 'single',
    educationLevel: 'primary',
    numberOfChildren: 1,
    healthNotes: 'RESTRICTED-HEALTH-MARKER',
  },
  origin: { country: 'RW', province: 'kigali', district: 'GASABO', sector: 'Bumbogo' },
  referral: {
    sourceType: 'isange_one_stop_centre',
    organisationName: 'Isange OSC Kacyiru',
    referringOfficer: 'Officer on duty',
    referredOn: '2025-03-01',
    caseReference: 'ISG-77',
  },
  admittedOn: '2025-03-02',
};

async function auditEntries(core: Core, action: string) {
  return (await core.call('audit.list', { limit: 500 })).filter((e) => e.action === action);
}

describe('admission', () => {
  it('saves a resident known only by an alias and an admission date, and lists what is missing', async () => {
    const core = await freshCore();
    const file = await core.call('residents.admit', minimal('Mama Keza'));
    expect(file.code).toBe('KGL-2025-0001');
    expect(file.status).toBe('admitted');
    expect(file.displayName).toBe('Mama Keza');
    expect(file.stays).toEqual([
      { id: expect.any(String), admittedOn: '2025-03-02', dischargedOn: null, dischargeDestination: null, dischargeReason: null },
    ]);
    expect(file.beds).toEqual([]);
    expect(file.referrals).toEqual([]);
    expect(file.missing).toEqual(expect.arrayContaining(['givenNames', 'familyName', 'sex', 'age', 'phone', 'origin', 'referral']));
    expect(file.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it('saves a full admission, with the official spelling of the Rwandan origin', async () => {
    const core = await freshCore('social_worker');
    const file = await core.call('residents.admit', full);
    expect(file.displayName).toBe('Aline Uwimana');
    expect(file.identity).toMatchObject({ ...full.identity, nationalities: ['RW'] });
    expect(file.origin).toEqual({ country: 'RW', province: 'Kigali', district: 'Gasabo', sector: 'Bumbogo' });
    expect(file.referrals).toEqual([
      expect.objectContaining({ sourceType: 'isange_one_stop_centre', caseReference: 'ISG-77', stayId: file.stays[0]!.id }),
    ]);
    expect(file.ageIsEstimate).toBe(false);
    expect(file.missing).toEqual([]);
    expect(file.createdBy).toBe(suite.template.staff.social_worker!.id);
  });

  it('numbers codes per admission year: site, year, sequence', async () => {
    const core = await freshCore();
    const codes = [];
    for (const d of ['2025-01-10', '2025-12-31', `${THIS_YEAR}-01-01`, '2024-05-05', '2025-06-01'])
      codes.push((await core.call('residents.admit', minimal('X', d))).code);
    expect(codes).toEqual(['KGL-2025-0001', 'KGL-2025-0002', `KGL-${THIS_YEAR}-0001`, 'KGL-2024-0001', 'KGL-2025-0003']);
  });

  it('carries an estimated age forward from the admission date', async () => {
    const core = await freshCore();
    const file = await core.call('residents.admit', {
      identity: { givenNames: 'Keza', estimatedAgeYears: 17 },
      admittedOn: `${THIS_YEAR - 2}-01-01`,
    });
    expect(file.ageIsEstimate).toBe(true);
    expect(file.ageYears).toBe(19);
  });

  it('refuses bad input with field paths, and saves nothing', async () => {
    const core = await freshCore();
    const cases: [unknown, string][] = [
      [{ identity: {}, admittedOn: '2025-01-01' }, 'identity.givenNames'],
      [{ identity: { givenNames: '   ', otherNames: [] }, admittedOn: '2025-01-01' }, 'identity.givenNames'],
      [{ identity: { givenNames: 'Keza' }, admittedOn: `${THIS_YEAR + 1}-01-01` }, 'admittedOn'],
      [{ identity: { givenNames: 'Keza' }, admittedOn: '2025-02-30' }, 'admittedOn'],
      [{ identity: { givenNames: 'Keza', dateOfBirth: '1890-01-01' }, admittedOn: '2025-01-01' }, 'identity.dateOfBirth'],
      [{ identity: { givenNames: 'Keza', dateOfBirth: '2025-06-01' }, admittedOn: '2025-01-01' }, 'identity.dateOfBirth'],
      [{ identity: { givenNames: 'Keza', nationalities: ['XX'] }, admittedOn: '2025-01-01' }, 'identity.nationalities.0'],
      [{ identity: { givenNames: 'Keza', estimatedAgeYears: -1 }, admittedOn: '2025-01-01' }, 'identity.estimatedAgeYears'],
      [{ identity: { givenNames: 'Keza', phone: 'call me' }, admittedOn: '2025-01-01' }, 'identity.phone'],
      [{ identity: { givenNames: 'Keza' }, referral: { sourceType: 'friend' }, admittedOn: '2025-01-01' }, 'referral.sourceType'],
      [
        {
          identity: { givenNames: 'Keza' },
          referral: { sourceType: 'self', referredOn: `${THIS_YEAR + 1}-01-01` },
          admittedOn: '2025-01-01',
        },
        'referral.referredOn',
      ],
      [{ identity: { givenNames: 'Keza' }, origin: { country: 'KE', province: 'Kigali' }, admittedOn: '2025-01-01' }, 'origin.province'],
      [
        { identity: { givenNames: 'Keza' }, origin: { country: 'RW', province: 'Kigali', district: 'Musanze' }, admittedOn: '2025-01-01' },
        'origin.district',
      ],
      [{ identity: { givenNames: 'Keza' }, origin: { country: 'RW', district: 'Gasabo' }, admittedOn: '2025-01-01' }, 'origin.district'],
    ];
    for (const [input, path] of cases) {
      const error = await expectError(core, 'residents.admit', input);
      expect(error.code, path).toBe('VALIDATION');
      expect(
        error.fields?.map((f) => f.path),
        JSON.stringify(input),
      ).toContain(path);
    }
    expect((await core.call('residents.search', {})).total).toBe(0);
  });
});

describe('update', () => {
  it('changes identity and origin, audits field names only, and re-indexes the search text', async () => {
    const core = await freshCore();
    const { id } = await core.call('residents.admit', full);
    const file = await core.call('residents.update', {
      id,
      identity: { ...full.identity, phone: '0722 000 111', healthNotes: 'SECOND-HEALTH-MARKER', familyName: 'Uwase' },
      origin: { country: 'UG', place: 'Kampala' },
    });
    expect(file.identity.familyName).toBe('Uwase');
    expect(file.origin).toEqual({ country: 'UG', place: 'Kampala' });
    const [entry] = await auditEntries(core, 'resident.updated');
    expect(entry!.targetId).toBe(id);
    expect(entry!.details).toEqual({
      fields: [
        'familyName',
        'healthNotes',
        'phone',
        'origin.country',
        'origin.province',
        'origin.district',
        'origin.sector',
        'origin.place',
      ],
    });
    expect(JSON.stringify(entry!.details)).not.toMatch(/MARKER|0722|Uwase|Kampala/);
    expect((await core.call('residents.search', { query: 'uwase' })).total).toBe(1);
    expect((await core.call('residents.search', { query: 'uwimana' })).total).toBe(0);
    expect((await core.call('residents.search', { query: '0722000' })).total).toBe(1);
  });

  it('writes nothing when nothing changed, and refuses an unknown resident', async () => {
    const core = await freshCore();
    const { id } = await core.call('residents.admit', full);
    await core.call('residents.update', { id, identity: full.identity });
    expect(await auditEntries(core, 'resident.updated')).toEqual([]);
    expect((await expectError(core, 'residents.update', { id: 'nobody', identity: full.identity })).code).toBe('NOT_FOUND');
  });
});

describe('audit', () => {
  it('records an admission with field names and no values, and every view of the file', async () => {
    const core = await freshCore();
    const { id } = await core.call('residents.admit', full);
    const [created] = await auditEntries(core, 'resident.created');
    expect(created).toMatchObject({ targetType: 'resident', targetId: id, actorId: suite.template.manager.id });
    expect(created!.details).toEqual({
      fields: [
        'dateOfBirth',
        'educationLevel',
        'familyName',
        'genderIdentity',
        'givenNames',
        'healthNotes',
        'idDocument',
        'languages',
        'maritalStatus',
        'nationalities',
        'numberOfChildren',
        'otherNames',
        'phone',
        'sex',
        'origin',
        'referral',
      ],
    });
    // Only the details: ids and times are random and may contain these digits by chance.
    expect(JSON.stringify(created!.details)).not.toMatch(/MARKER|788|2004|Aline|Uwimana|ISG-77|Gasabo/);

    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, suite.template.staff.counsellor!);
    await core.call('residents.get', { id });
    await core.call('residents.get', { id });
    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, suite.template.manager);
    const views = await auditEntries(core, 'resident.viewed');
    expect(views).toHaveLength(2);
    expect(views.every((v) => v.actorId === suite.template.staff.counsellor!.id && v.targetId === id)).toBe(true);
    expect((await core.call('audit.verify', {})).ok).toBe(true);
  });

  it("names the resident's code on every entry about her, so a manager sees whose file was read", async () => {
    const core = await freshCore();
    const { id, code } = await core.call('residents.admit', full);
    await core.call('residents.get', { id });
    const about = (await core.call('audit.list', { limit: 500 })).filter((e) => e.targetType === 'resident');
    expect(about.map((e) => e.action)).toEqual(expect.arrayContaining(['resident.created', 'resident.viewed']));
    expect(about.every((e) => e.targetId === id && e.targetLabel === code)).toBe(true);
    const other = (await core.call('audit.list', { limit: 500 })).filter((e) => e.targetType !== 'resident');
    expect(other.every((e) => e.targetLabel === null)).toBe(true);
  });
});

describe('roles', () => {
  const editorChannels = ['residents.admit', 'residents.update', 'residents.possibleDuplicates', 'residents.places'] as const;
  const readerChannels = ['residents.get', 'residents.search'] as const;

  it.each(['manager', 'social_worker'] as const)('%s admits, edits, reads and searches', async (role) => {
    const core = await freshCore(role);
    const file = await core.call('residents.admit', full);
    await core.call('residents.update', { id: file.id, identity: { ...full.identity, numberOfChildren: 2 } });
    expect((await core.call('residents.get', { id: file.id })).identity.numberOfChildren).toBe(2);
    expect((await core.call('residents.search', { query: 'aline' })).total).toBe(1);
    expect(await core.call('residents.possibleDuplicates', { givenNames: 'Aline', familyName: 'Uwimana' })).toHaveLength(1);
    expect(await core.call('residents.places', { province: 'Kigali' })).toEqual(['Gasabo', 'Kicukiro', 'Nyarugenge']);
  });

  it('the counsellor reads identity but cannot admit or edit', async () => {
    const core = await freshCore();
    const { id } = await core.call('residents.admit', full);
    await core.call('auth.lock', { reason: 'manual' });
    await signIn(core, suite.template.staff.counsellor!);
    expect((await core.call('residents.get', { id })).identity.givenNames).toBe('Aline');
    expect((await core.call('residents.search', { query: 'uwim' })).items).toHaveLength(1);
    for (const c of editorChannels) expect((await expectError(core, c, { ...full, id })).code, c).toBe('PERMISSION_DENIED');
  });

  it('the reporting role sees no resident file', async () => {
    const core = await freshCore('reporting');
    for (const c of [...editorChannels, ...readerChannels])
      expect((await expectError(core, c, { id: 'x' })).code, c).toBe('PERMISSION_DENIED');
  });
});

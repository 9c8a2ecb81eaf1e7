import { describe, expect, it } from 'vitest';
import { residentUpdateSchema, type ResidentFile } from '../../../../../shared/domain/resident';
import { traffickingProfileSchema } from '../../../../../shared/domain/resident-profile';
import { consentRecordSchema } from '../../../../../shared/domain/resident-consent';
import type { HistoryEntry } from '../../../../../shared/domain/resident-care';
import { translate } from '../../../../../shared/i18n/translate';
import { canCall } from '../../../permissions/can';
import type { TFunction } from '../../../i18n/useT';
import { consentAgeRule, consentInputFrom, emptyConsent } from './consent-form';
import { daysBetween } from './file-facts';
import { FILE_TAB_INFO, FILE_TABS, tabFromParam } from './file-tabs';
import { fieldLabel, whatChanged } from './history-labels';
import { identityUpdateFrom, identityValuesFrom, identityValuesFromDraft } from './identity-form';
import { profileInputFrom, profileValuesFrom, regionOptions } from './profile-form';
import { countryOptions } from '../fields/country-options';

const t: TFunction = (key, vars) => translate('en', key, vars);

function fileWith(identity: Partial<ResidentFile['identity']>, extra: Partial<ResidentFile> = {}): ResidentFile {
  return {
    id: 'r1',
    code: 'KGL-2026-0001',
    status: 'admitted',
    displayName: 'A B',
    identity: { otherNames: [], nationalities: [], languages: [], ...identity },
    ageYears: null,
    ageIsEstimate: false,
    origin: null,
    admittedOn: '2026-01-10',
    stays: [],
    referrals: [],
    beds: [],
    missing: [],
    createdAt: '2026-01-10T08:00:00Z',
    createdBy: null,
    updatedAt: '2026-01-10T08:00:00Z',
    updatedBy: null,
    ...extra,
  };
}

describe('identity form', () => {
  it('sends back exactly what the file holds when nothing was changed', () => {
    const file = fileWith(
      {
        givenNames: 'Aline',
        familyName: 'Uwera',
        otherNames: ['Teta'],
        sex: 'female',
        dateOfBirth: '2008-03-01',
        nationalities: ['RW'],
        languages: ['rw', 'sw'],
        phone: '+250 788 000 000',
        idDocument: { type: 'national_id', number: '1 2008 7 0000000 0 00' },
        numberOfChildren: 1,
      },
      { origin: { country: 'RW', province: 'Kigali City', district: 'Gasabo' } },
    );
    const input = residentUpdateSchema.parse(identityUpdateFrom(file.id, identityValuesFrom(file)));
    expect(input.identity).toEqual(file.identity);
    expect(input.origin).toEqual(file.origin);
  });

  it('stores cleared fields as absent and a cleared country as no origin', () => {
    const file = fileWith({ givenNames: 'Aline', phone: '+250 788 000 000' }, { origin: { country: 'UG', place: 'Kampala' } });
    const values = { ...identityValuesFrom(file), phone: '  ', origin: { ...identityValuesFrom(file).origin, country: '' } };
    const input = residentUpdateSchema.parse(identityUpdateFrom(file.id, values));
    expect(input.identity?.phone).toBeUndefined();
    expect(input.origin).toBeNull();
  });

  it('asks for the kind of document when only its number was typed', () => {
    const values = { ...identityValuesFrom(fileWith({ givenNames: 'Aline' })), idNumber: '12345' };
    const r = residentUpdateSchema.safeParse(identityUpdateFrom('r1', values));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['identity.idDocument.type']);
  });

  it('puts back only well-formed fields from a stored draft', () => {
    const restored = identityValuesFromDraft({
      givenNames: 'Aline',
      phone: 42 as unknown as string,
      languages: ['rw', 7] as unknown as string[],
      numberOfChildren: 2,
      origin: { country: 'RW', district: ['x'] } as never,
    });
    expect(restored).toEqual({
      givenNames: 'Aline',
      numberOfChildren: 2,
      origin: { country: 'RW', province: '', district: '', sector: '', cell: '', village: '', place: '' },
    });
  });
});

describe('trafficking profile form', () => {
  it('a region narrows the country options and chooses nothing', () => {
    const groups = countryOptions('en', { common: 'Common', all: 'All' });
    const v = { ...profileValuesFrom(null), exploitationCountries: ['KE', 'AE'] };
    const shown = regionOptions(groups, 'middle_east_gulf', v.exploitationCountries).map((o) => o.value);
    expect(shown.sort()).toEqual(['BH', 'IQ', 'JO', 'KW', 'LB', 'OM', 'QA', 'SA']);
    expect(v.exploitationCountries).toEqual(['KE', 'AE']);
    // Without a region: every country once, the chosen ones left out.
    const all = regionOptions(groups, null, ['RW']).map((o) => o.value);
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain('RW');
    expect(all).toContain('SA');
  });

  it('round-trips a saved profile unchanged', () => {
    const saved = traffickingProfileSchema.parse({
      status: 'actual',
      exploitationTypes: ['forced_labour'],
      labourSectors: ['domestic_work'],
      exploitationCountries: ['SA'],
      recruitedOn: '2024-05-01',
      notes: 'Her words',
    });
    expect(traffickingProfileSchema.parse(profileInputFrom(profileValuesFrom(saved)))).toEqual(saved);
  });
});

describe('consent form', () => {
  const today = '2026-06-15';

  it('knows from the date of birth who may consent on that date', () => {
    const file = fileWith({ dateOfBirth: '2010-06-16' });
    expect(consentAgeRule(file, '2026-06-15', today)).toEqual({ rule: 'guardian_required', age: 15, exact: true });
    expect(consentAgeRule(file, '2026-06-16', today)).toEqual({ rule: 'minor', age: 16, exact: true });
    expect(consentAgeRule(fileWith({ dateOfBirth: '2008-06-15' }), today, today).rule).toBe('adult');
  });

  it('moves an estimated age back to the consent date, and says when age is unknown', () => {
    const estimated = fileWith({ estimatedAgeYears: 17 }, { ageYears: 17, ageIsEstimate: true });
    expect(consentAgeRule(estimated, '2024-06-15', today)).toEqual({ rule: 'guardian_required', age: 15, exact: false });
    expect(consentAgeRule(fileWith({}), today, today)).toEqual({ rule: 'unknown', age: null, exact: false });
  });

  it('leaves out what does not apply to the chosen purpose, method and giver', () => {
    const v = {
      ...emptyConsent(today),
      purpose: 'services',
      partnerIds: ['p1'],
      partnerTypes: ['ngo'],
      categories: ['identity'],
      witnessName: 'W',
      guardianName: 'G',
    };
    const input = consentRecordSchema.parse(consentInputFrom('r1', v));
    expect([input.partnerIds, input.partnerTypes, input.categories]).toEqual([[], [], []]);
    expect(input.witnessName).toBeUndefined();
    expect(input.guardianName).toBeUndefined();
    const oral = consentRecordSchema.safeParse(consentInputFrom('r1', { ...v, method: 'oral_witnessed', witnessName: '' }));
    expect(oral.error?.issues.map((i) => i.path.join('.'))).toEqual(['witnessName']);
  });
});

describe('file tabs and history wording', () => {
  it('reads the tab from the address, Overview for anything unknown', () => {
    expect(tabFromParam('consent')).toBe('consent');
    expect(tabFromParam('settings')).toBe('overview');
    expect(tabFromParam(null)).toBe('overview');
  });

  it('shows each role exactly the tabs core lets it read', () => {
    const visible = (role: 'manager' | 'counsellor' | 'reporting') => FILE_TABS.filter((tab) => canCall(role, FILE_TAB_INFO[tab].channel));
    expect(visible('manager')).toEqual([...FILE_TABS]);
    expect(visible('counsellor')).not.toContain('documents');
    expect(visible('counsellor')).toEqual(expect.arrayContaining(['overview', 'identity', 'profile']));
    expect(visible('reporting')).toEqual([]);
  });

  it('names changed fields by their labels in that part of the file, never by value', () => {
    expect(fieldLabel(t, 'identity', 'phone')).toBe('Phone');
    expect(fieldLabel(t, 'identity', 'origin.district')).toBe('District');
    expect(fieldLabel(t, 'identity', 'bed')).toBe('Room and bed');
    expect(fieldLabel(t, 'profile', 'notes')).toBe(t('trafficking.fields.notes'));
    expect(fieldLabel(t, 'consent', 'notes')).toBe(t('consent.fields.notes'));
    expect(fieldLabel(t, null, 'somethingNew')).toBe('somethingNew');
    const entry: HistoryEntry = {
      seq: 1,
      at: '',
      actorName: null,
      action: 'resident.consent_recorded',
      section: 'consent',
      fields: ['givenBy'],
      purpose: 'sharing',
    };
    expect(whatChanged(t, entry)).toBe(`${t('consent.purpose.sharing')} · ${t('consent.fields.givenBy')}`);
  });

  it('counts days of a stay from the admission day', () => {
    expect(daysBetween('2026-01-10', '2026-01-10')).toBe(0);
    expect(daysBetween('2026-01-10', '2026-03-01')).toBe(50);
  });
});

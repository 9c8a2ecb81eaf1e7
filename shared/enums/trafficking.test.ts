import { describe, expect, it } from 'vitest';
import { en } from '../i18n/locales/en';
import { fr } from '../i18n/locales/fr';
import { isCountryCode } from './countries';
import { RISK_LEVELS } from './care';
import {
  CTDC_EXPLOITATION_CATEGORIES,
  CTDC_LABOUR_SECTORS,
  CTDC_MEANS_OF_CONTROL,
  CTDC_RECRUITER_RELATIONSHIPS,
  ctdcCategories,
  EXPLOITATION_TYPE_TO_CTDC,
  HTCDS_RECRUITMENT_METHODS,
  LABOUR_SECTOR_TO_CTDC,
  MEANS_OF_CONTROL,
  MEANS_OF_CONTROL_TO_CTDC,
  RECRUITER_RELATIONSHIP_TO_CTDC,
  RECRUITMENT_METHOD_TO_HTCDS,
  REGION_PRESETS,
  regionCountries,
  TRAFFICKING_ENUMS,
  EXPLOITATION_TYPES,
  HTCDS_CODES,
  HTCDS_EXPORT_COLUMNS,
  htcdsFlags,
  LABOUR_SECTORS,
  RECRUITER_RELATIONSHIPS,
  RECRUITMENT_METHODS,
  TO_HTCDS,
  TRAFFICKING_STATUSES,
} from './trafficking';
import { SEXES } from './resident';
import { PROFILE_VALIDATION, RESTRICTED_PROFILE_FIELDS, traffickingProfileSchema } from '../domain/resident-profile';
import { CONSENT_VALIDATION, consentRecordSchema } from '../domain/resident-consent';
import { CARE_VALIDATION } from '../domain/resident-care';

const labels = (group: unknown, name: string) => (group as Record<string, Record<string, string>>)[name]!;

describe('trafficking enumerations', () => {
  it.each(Object.entries(TRAFFICKING_ENUMS))('%s has an English and a French label for every value and none extra', (name, values) => {
    for (const catalogue of [en.trafficking, fr.trafficking]) {
      const l = labels(catalogue, name);
      expect(Object.keys(l).sort()).toEqual([...values].sort());
      for (const v of values) expect(l[v]!.trim()).not.toBe('');
    }
  });

  it('has English and French labels for the risk levels', () => {
    for (const catalogue of [en.residentEnums, fr.residentEnums])
      expect(Object.keys(labels(catalogue, 'riskLevel')).sort()).toEqual([...RISK_LEVELS].sort());
  });

  it('has English text for every validation message of the profile, consents and assignment', () => {
    const keys = [...Object.values(PROFILE_VALIDATION), ...Object.values(CONSENT_VALIDATION), ...Object.values(CARE_VALIDATION)];
    for (const key of keys) expect((en.residentValidation as Record<string, string>)[key], key).toBeTruthy();
    for (const key of keys) expect((fr.residentValidation as Record<string, string>)[key], key).toBeTruthy();
  });

  it('has a label for every profile, consent and care field History can name', () => {
    const profileFields = Object.keys(traffickingProfileSchema.shape);
    for (const catalogue of [en, fr]) {
      expect(Object.keys(catalogue.trafficking!.fields!).sort()).toEqual([...profileFields].sort());
      const consentFields = [
        ...Object.keys(consentRecordSchema.shape).filter((f) => f !== 'residentId'),
        'withdrawnOn',
        'withdrawalReason',
        // History names the partners as one field, as entries before the directory did.
        'partners',
      ];
      expect(Object.keys(catalogue.consent!.fields!).sort()).toEqual(consentFields.sort());
      expect(Object.keys(catalogue.care!.fields!).sort()).toEqual(['counsellor', 'riskLevel', 'socialWorker']);
    }
    for (const f of RESTRICTED_PROFILE_FIELDS) expect(profileFields).toContain(f);
  });

  it('maps every finer value to a CTDC / HTCDS top-level category, and every category is reachable', () => {
    expect(new Set(Object.values(EXPLOITATION_TYPE_TO_CTDC))).toEqual(new Set(CTDC_EXPLOITATION_CATEGORIES));
    expect(new Set(Object.values(LABOUR_SECTOR_TO_CTDC))).toEqual(new Set(CTDC_LABOUR_SECTORS));
    expect(new Set(Object.values(MEANS_OF_CONTROL_TO_CTDC))).toEqual(new Set(CTDC_MEANS_OF_CONTROL));
    expect(new Set(Object.values(RECRUITER_RELATIONSHIP_TO_CTDC))).toEqual(new Set(CTDC_RECRUITER_RELATIONSHIPS));
    expect(new Set(Object.values(RECRUITMENT_METHOD_TO_HTCDS))).toEqual(new Set(HTCDS_RECRUITMENT_METHODS));
    expect(MEANS_OF_CONTROL).toContain('restricts_movement');
  });

  it('folds a profile into the coarse categories reports count, without duplicates', () => {
    expect(
      ctdcCategories({
        exploitationTypes: ['forced_labour', 'forced_begging', 'sexual_exploitation'],
        labourSectors: ['domestic_work', 'childcare', 'bar_or_nightclub'],
        sexualExploitationTypes: ['prostitution'],
        meansOfControl: ['physical_threats', 'threatens_family', 'withholds_documents', 'isolation'],
        recruitmentMethods: ['social_media', 'online_advertisement', 'recruitment_agency'],
        recruiterRelationships: ['parent', 'other_relative', 'stranger'],
      }),
    ).toEqual({
      exploitation: ['forced_labour', 'sexual_exploitation'],
      labourSectors: ['domestic_work', 'hospitality', 'begging'],
      sexualExploitation: ['prostitution'],
      meansOfControl: ['threats', 'withholds_documents', 'restricts_movement'],
      recruitment: ['internet', 'work'],
      recruiterRelationships: ['family', 'other'],
    });
  });

  it('a region only names the countries it narrows the list to', () => {
    expect(regionCountries('middle_east_gulf')).toEqual(['AE', 'SA', 'OM', 'QA', 'KW', 'BH', 'JO', 'LB', 'IQ']);
    expect(regionCountries('domestic_rural_urban')).toEqual(['RW']);
  });

  it('offers region presets made of real country codes', () => {
    expect(REGION_PRESETS.map((p) => p.id)).toEqual(['east_africa', 'middle_east_gulf', 'drc', 'domestic_rural_urban']);
    for (const p of REGION_PRESETS) for (const c of p.countries) expect(isCountryCode(c), c).toBe(true);
    expect(REGION_PRESETS.find((p) => p.id === 'drc')!.countries).toEqual(['CD']);
    expect(REGION_PRESETS.find((p) => p.id === 'middle_east_gulf')!.countries).toEqual(expect.arrayContaining(['AE', 'SA', 'OM', 'QA']));
    expect(REGION_PRESETS.find((p) => p.id === 'domestic_rural_urban')).toEqual({
      id: 'domestic_rural_urban',
      countries: ['RW'],
    });
  });
});

describe('HTCDS value codes', () => {
  const appValues: Record<keyof typeof TO_HTCDS, readonly string[]> = {
    sex: SEXES,
    status: TRAFFICKING_STATUSES,
    exploitationType: EXPLOITATION_TYPES,
    labourSector: LABOUR_SECTORS,
    meansOfControl: MEANS_OF_CONTROL,
    recruitmentMethod: RECRUITMENT_METHODS,
    recruiterRelationship: RECRUITER_RELATIONSHIPS,
  };

  it.each(Object.entries(TO_HTCDS))('%s: every app value has an entry, and every code is one the standard lists', (name, m) => {
    // A value added to the app's enumeration without an entry here fails this test.
    expect(Object.keys(m.from).sort()).toEqual([...appValues[name as keyof typeof TO_HTCDS]].sort());
    const codes: readonly string[] = HTCDS_CODES[m.field];
    for (const code of Object.values(m.from)) if (code !== null) expect(codes, `${name} → ${code}`).toContain(code);
  });

  it('leaves without a code only the values the comments explain', () => {
    const unmapped = Object.entries(TO_HTCDS).flatMap(([name, m]) =>
      Object.entries(m.from)
        .filter(([, code]) => code === null)
        .map(([v]) => `${name}.${v}`),
    );
    expect(unmapped.sort()).toEqual(
      ['labourSector.begging', 'labourSector.illicit_activities', 'labourSector.other', 'recruiterRelationship.other'].sort(),
    );
  });

  it('names the export columns with HTCDS field names and codes, CTDC names only for the layout columns HTCDS lacks', () => {
    const ctdcOnly = ['yearOfRegistration', 'Datasource', 'ageBroad', 'majorityStatus'];
    const fields = Object.keys(HTCDS_CODES);
    for (const col of HTCDS_EXPORT_COLUMNS) {
      if (ctdcOnly.includes(col) || ['prs_Citizenship', 'hte_Exploitation_Country'].includes(col) || fields.includes(col)) continue;
      const field = fields.find((f) => col.startsWith(`${f}_`));
      expect(field, col).toBeDefined();
      expect(HTCDS_CODES[field as keyof typeof HTCDS_CODES] as readonly string[], col).toContain(col.slice(field!.length + 1));
    }
    expect(HTCDS_EXPORT_COLUMNS.slice(0, 8)).toEqual([
      'yearOfRegistration',
      'Datasource',
      'prs_Gender',
      'ageBroad',
      'majorityStatus',
      'prs_Citizenship',
      'hte_Exploitation_Country',
      'vic_TraffickingStatus',
    ]);
    expect(HTCDS_EXPORT_COLUMNS).toContain('vic_MethodsOfControl_ThreatensChildrenFamily');
    expect(HTCDS_EXPORT_COLUMNS).toContain('vic_TypeOfExploitation_ForcedBegging');
    expect(HTCDS_EXPORT_COLUMNS).toContain('vic_ForcedLabourIndustry_T_ActivitiesOfHouseholdsAsEmployers');
    // Flags only for codes some app value reaches: a column the shelter never records would claim a "0" it does not know.
    expect(HTCDS_EXPORT_COLUMNS).not.toContain('vic_TypeOfExploitation_Surrogacy');
    expect(new Set(HTCDS_EXPORT_COLUMNS).size).toBe(HTCDS_EXPORT_COLUMNS.length);
  });

  it('writes one profile as HTCDS flags from the values staff recorded', () => {
    expect(
      htcdsFlags({
        exploitationTypes: ['forced_labour', 'forced_criminal_activity', 'slavery_and_practices'],
        labourSectors: ['childcare', 'begging'],
        meansOfControl: ['physical_threats', 'threatens_family', 'isolation'],
        recruitmentMethods: ['social_media', 'abduction'],
        recruiterRelationships: ['parent', 'stranger', 'other'],
      }),
    ).toEqual([
      'vic_TypeOfExploitation_ForcedLabour',
      'vic_TypeOfExploitation_Servitude',
      'vic_ForcedLabourIndustry_T_ActivitiesOfHouseholdsAsEmployers',
      'vic_MethodsOfControl_PhysicalThreats',
      'vic_MethodsOfControl_ThreatensChildrenFamily',
      'vic_MethodsOfControl_RestrictsMovement',
      'vic_MethodOfRecruitment_ThroughOnlineSocialNetworks',
      'vic_MethodOfRecruitment_Other',
      'vic_RelationshipToTrafficker_Familial',
      'vic_RelationshipToTrafficker_Unaquainted',
    ]);
  });
});

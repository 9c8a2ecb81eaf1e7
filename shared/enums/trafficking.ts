import type { Sex } from './resident';

/**
 * Trafficking profile enumerations, aligned with the Human Trafficking Case Data Standard
 * (HTCDS) and the Counter Trafficking Data Collaborative (CTDC) data model. Stored values are
 * the finer ids below, so what staff recorded is never lost to a coarser report category; the
 * `*_TO_*` maps and `ctdcCategories()` give the top-level categories reports count by.
 * Labels: i18n `trafficking.<enum>.<id>`.
 */

/** HTCDS case status: identified as trafficked, suspected, or assessed as not trafficked. */
export const TRAFFICKING_STATUSES = ['actual', 'possible', 'not_trafficked'] as const;
export type TraffickingStatus = (typeof TRAFFICKING_STATUSES)[number];

/** CTDC top-level exploitation categories (isForcedLabour, isSexualExploit, …). */
export const CTDC_EXPLOITATION_CATEGORIES = [
  'forced_labour',
  'sexual_exploitation',
  'forced_marriage',
  'forced_military',
  'organ_removal',
  'slavery_and_practices',
  'other_exploitation',
] as const;
export type CtdcExploitationCategory = (typeof CTDC_EXPLOITATION_CATEGORIES)[number];

/** Type of exploitation as recorded: the CTDC categories split where shelters need the detail. */
export const EXPLOITATION_TYPES = [
  'forced_labour',
  'sexual_exploitation',
  'forced_marriage',
  'forced_military',
  'organ_removal',
  'slavery_and_practices',
  'forced_criminal_activity',
  'forced_begging',
  'other',
] as const;
export type ExploitationType = (typeof EXPLOITATION_TYPES)[number];

export const EXPLOITATION_TYPE_TO_CTDC: Record<ExploitationType, CtdcExploitationCategory> = {
  forced_labour: 'forced_labour',
  sexual_exploitation: 'sexual_exploitation',
  forced_marriage: 'forced_marriage',
  forced_military: 'forced_military',
  organ_removal: 'organ_removal',
  slavery_and_practices: 'slavery_and_practices',
  // CTDC counts begging and illicit activities as labour sectors of forced labour.
  forced_criminal_activity: 'forced_labour',
  forced_begging: 'forced_labour',
  other: 'other_exploitation',
};

/** CTDC typeOfLabour values. */
export const CTDC_LABOUR_SECTORS = [
  'agriculture',
  'aquafarming',
  'begging',
  'construction',
  'domestic_work',
  'hospitality',
  'illicit_activities',
  'manufacturing',
  'mining_or_drilling',
  'peddling',
  'transportation',
  'other',
] as const;
export type CtdcLabourSector = (typeof CTDC_LABOUR_SECTORS)[number];

/** Labour sector as recorded: CTDC's, with the splits Rwandan cases most often need. */
export const LABOUR_SECTORS = [
  'domestic_work',
  'childcare',
  'agriculture',
  'fishing',
  'construction',
  'mining_or_drilling',
  'manufacturing',
  'hospitality',
  'bar_or_nightclub',
  'market_or_street_vending',
  'begging',
  'illicit_activities',
  'transportation',
  'other',
] as const;
export type LabourSector = (typeof LABOUR_SECTORS)[number];

export const LABOUR_SECTOR_TO_CTDC: Record<LabourSector, CtdcLabourSector> = {
  domestic_work: 'domestic_work',
  childcare: 'domestic_work',
  agriculture: 'agriculture',
  fishing: 'aquafarming',
  construction: 'construction',
  mining_or_drilling: 'mining_or_drilling',
  manufacturing: 'manufacturing',
  hospitality: 'hospitality',
  bar_or_nightclub: 'hospitality',
  market_or_street_vending: 'peddling',
  begging: 'begging',
  illicit_activities: 'illicit_activities',
  transportation: 'transportation',
  other: 'other',
};

/** CTDC typeOfSex values (already fine-grained). */
export const SEXUAL_EXPLOITATION_TYPES = [
  'prostitution',
  'pornography',
  'remote_interactive_services',
  'private_sexual_services',
  'other',
] as const;
export type SexualExploitationType = (typeof SEXUAL_EXPLOITATION_TYPES)[number];

/** CTDC meansOfControl values. */
export const CTDC_MEANS_OF_CONTROL = [
  'debt_bondage',
  'takes_earnings',
  'restricts_financial_access',
  'threats',
  'psychological_abuse',
  'physical_abuse',
  'sexual_abuse',
  'false_promises',
  'psychoactive_substances',
  'restricts_movement',
  'restricts_medical_care',
  'excessive_working_hours',
  'uses_children',
  'threat_of_law_enforcement',
  'withholds_necessities',
  'withholds_documents',
  'other',
] as const;
export type CtdcMeansOfControl = (typeof CTDC_MEANS_OF_CONTROL)[number];

/** Means of control as recorded: CTDC's, with threats split as HTCDS does (to her, to her family). */
export const MEANS_OF_CONTROL = [
  'debt_bondage',
  'takes_earnings',
  'restricts_financial_access',
  'physical_threats',
  'threatens_family',
  'psychological_abuse',
  'physical_abuse',
  'sexual_abuse',
  'false_promises',
  'psychoactive_substances',
  'restricts_movement',
  'isolation',
  'restricts_medical_care',
  'excessive_working_hours',
  'uses_children',
  'threat_of_law_enforcement',
  'withholds_necessities',
  'withholds_documents',
  'other',
] as const;
export type MeansOfControl = (typeof MEANS_OF_CONTROL)[number];

export const MEANS_OF_CONTROL_TO_CTDC: Record<MeansOfControl, CtdcMeansOfControl> = {
  debt_bondage: 'debt_bondage',
  takes_earnings: 'takes_earnings',
  restricts_financial_access: 'restricts_financial_access',
  physical_threats: 'threats',
  threatens_family: 'threats',
  psychological_abuse: 'psychological_abuse',
  physical_abuse: 'physical_abuse',
  sexual_abuse: 'sexual_abuse',
  false_promises: 'false_promises',
  psychoactive_substances: 'psychoactive_substances',
  restricts_movement: 'restricts_movement',
  // Locked in, phone taken away, cut off from family: CTDC records these as restricted movement.
  isolation: 'restricts_movement',
  restricts_medical_care: 'restricts_medical_care',
  excessive_working_hours: 'excessive_working_hours',
  uses_children: 'uses_children',
  threat_of_law_enforcement: 'threat_of_law_enforcement',
  withholds_necessities: 'withholds_necessities',
  withholds_documents: 'withholds_documents',
  other: 'other',
};

/** HTCDS method of recruitment, plus CTDC's abduction. */
export const HTCDS_RECRUITMENT_METHODS = [
  'internet',
  'educational_facility',
  'public_area',
  'shelter',
  'work',
  'abduction',
  'other',
] as const;
export type HtcdsRecruitmentMethod = (typeof HTCDS_RECRUITMENT_METHODS)[number];

/** Recruitment method as recorded: how the offer or the taking actually happened. */
export const RECRUITMENT_METHODS = [
  'social_media',
  'online_advertisement',
  'job_offer_in_person',
  'recruitment_agency',
  'promise_of_education',
  'promise_of_marriage',
  'school',
  'public_place',
  'refugee_camp_or_shelter',
  'workplace',
  'through_family_or_friend',
  'abduction',
  'other',
] as const;
export type RecruitmentMethod = (typeof RECRUITMENT_METHODS)[number];

export const RECRUITMENT_METHOD_TO_HTCDS: Record<RecruitmentMethod, HtcdsRecruitmentMethod> = {
  social_media: 'internet',
  online_advertisement: 'internet',
  job_offer_in_person: 'work',
  recruitment_agency: 'work',
  promise_of_education: 'other',
  promise_of_marriage: 'other',
  school: 'educational_facility',
  public_place: 'public_area',
  refugee_camp_or_shelter: 'shelter',
  workplace: 'work',
  through_family_or_friend: 'other',
  abduction: 'abduction',
  other: 'other',
};

/** CTDC recruiterRelation* values. */
export const CTDC_RECRUITER_RELATIONSHIPS = ['intimate_partner', 'friend', 'family', 'other'] as const;
export type CtdcRecruiterRelationship = (typeof CTDC_RECRUITER_RELATIONSHIPS)[number];

export const RECRUITER_RELATIONSHIPS = [
  'intimate_partner',
  'parent',
  'other_relative',
  'friend',
  'neighbour',
  'employer',
  'recruitment_agent',
  'stranger',
  'other',
] as const;
export type RecruiterRelationship = (typeof RECRUITER_RELATIONSHIPS)[number];

export const RECRUITER_RELATIONSHIP_TO_CTDC: Record<RecruiterRelationship, CtdcRecruiterRelationship> = {
  intimate_partner: 'intimate_partner',
  parent: 'family',
  other_relative: 'family',
  friend: 'friend',
  neighbour: 'other',
  employer: 'other',
  recruitment_agent: 'other',
  stranger: 'other',
  other: 'other',
};

/** Employment when recruited (HTCDS victim employment status). */
export const EMPLOYMENT_STATUSES = [
  'employed_formal',
  'employed_informal',
  'self_employed',
  'unemployed_seeking_work',
  'unemployed_not_seeking',
  'student',
  'unknown',
] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** Movement inside Rwanda, recorded with Rwanda among the countries of exploitation. */
export const INTERNAL_MOVEMENTS = ['rural_to_urban', 'other_internal'] as const;
export type InternalMovement = (typeof INTERNAL_MOVEMENTS)[number];

/**
 * Regions where most Rwandan cases go, to narrow the country-of-exploitation list (see
 * regionCountries). Choosing Rwanda then asks for the internal movement. Labels: i18n
 * `trafficking.regionPreset.<id>`.
 */
export const REGION_PRESETS = [
  { id: 'east_africa', countries: ['UG', 'KE', 'TZ', 'BI', 'SS', 'ET', 'SO'] },
  { id: 'middle_east_gulf', countries: ['AE', 'SA', 'OM', 'QA', 'KW', 'BH', 'JO', 'LB', 'IQ'] },
  { id: 'drc', countries: ['CD'] },
  { id: 'domestic_rural_urban', countries: ['RW'] },
] as const satisfies readonly { id: string; countries: readonly string[] }[];
export type RegionPresetId = (typeof REGION_PRESETS)[number]['id'];

/** Every enumeration with its i18n section under `trafficking.`, for completeness tests and pickers. */
export const TRAFFICKING_ENUMS = {
  status: TRAFFICKING_STATUSES,
  exploitationType: EXPLOITATION_TYPES,
  labourSector: LABOUR_SECTORS,
  sexualExploitationType: SEXUAL_EXPLOITATION_TYPES,
  meansOfControl: MEANS_OF_CONTROL,
  recruitmentMethod: RECRUITMENT_METHODS,
  recruiterRelationship: RECRUITER_RELATIONSHIPS,
  employmentStatus: EMPLOYMENT_STATUSES,
  internalMovement: INTERNAL_MOVEMENTS,
  regionPreset: REGION_PRESETS.map((p) => p.id),
} as const;

/**
 * Human Trafficking Case Data Standard (HTCDS) 2.0, IOM: the field names (with their table
 * prefix: prs_ person, vic_ victim context, hte_ historic trafficking event) and picklist value
 * names of "HTCDS Field Standards 2.0" in github.com/UNMigration/HTCDS. Two methods of control,
 * RestrictsMovement and UsesChildren, are not in the 2.0 picklist but are still defined in the
 * standard's "Field Definitions" (MethodsOfControlRestrictsMovement, …UsesChildren): the app
 * records both, so they keep those names rather than fold into Other. Spellings are the
 * standard's own (Unaquainted).
 */
export const HTCDS_CODES = {
  prs_Gender: ['Feminine', 'Masculine', 'TransgenderFeminine', 'TransgenderMasculine', 'NonConforming', 'NonSpecifiedUnknown'],
  vic_TraffickingStatus: ['PossibleVictimOfTrafficking', 'ActualVictimOfTrafficking', 'NotAVictimOfTrafficking'],
  vic_TypeOfExploitation: [
    'ForcedLabour',
    'SexualExploitation',
    'ChildLabour',
    'ForcedMarriage',
    'Servitude',
    'ForcedMilitaryByNonStateActors',
    'OrganRemoval',
    'ForcedBegging',
    'ForcedAdoption',
    'Surrogacy',
    'Other',
  ],
  /** ISIC rev. 4 sections, as the standard lists them. */
  vic_ForcedLabourIndustry: [
    'A_AgricultureForestryAndFishing',
    'B_MiningAndQuarrying',
    'C_Manufacturing',
    'D_ElectricityGasSteamAndAirConditioningSupply',
    'E_WaterSupplySewerageWasteManagement',
    'F_Construction',
    'G_WholesaleAndRetailTradeRepairOfMotorVehicles',
    'H_TransportationAndStorage',
    'I_AccommodationAndFoodServiceActivities',
    'J_InformationAndCommunication',
    'K_FinancialAndInsuranceActivities',
    'L_RealEstateActivities',
    'M_ProfessionalScientificAndTechnicalActivities',
    'N_AdministrativeAndSupportServiceActivities',
    'O_PublicAdministrationAndDefence',
    'P_Education',
    'Q_HumanHealthAndSocialWorkActivities',
    'R_ArtsEntertainmentAndRecreation',
    'S_OtherServiceActivities',
    'T_ActivitiesOfHouseholdsAsEmployers',
    'U_ActivitiesOfExtraterritorialOrganizations',
  ],
  vic_MethodsOfControl: [
    'PhysicalThreats',
    'ThreatsLawEnforcement',
    'ThreatensChildrenFamily',
    'DebtBondage',
    'FalsePromises',
    'PhysicalAbuse',
    'SexualAbuse',
    'TakesEarnings',
    'RestrictsFinancialAccess',
    'RestrictsMedicalCare',
    'WithholdsNecessities',
    'PsychologicalAbuse',
    'PsychoactiveSubstance',
    'ExcessiveWorkingHours',
    'WithholdsDocuments',
    'RestrictsMovement',
    'UsesChildren',
    'Other',
  ],
  vic_MethodOfRecruitment: [
    'AtAPlaceOfBusiness',
    'AtAnEducationalInstitution',
    'AtWork',
    'ThroughOnlineSocialNetworks',
    'ThroughAnOnlineAdvertisement',
    'ThroughATelevisionAdvert',
    'ThroughANewspaperAdvert',
    'ThroughFamilyOrFamilyEvents',
    'ThroughFriendsOrSocialEvents',
    'Other',
  ],
  vic_RelationshipToTrafficker: ['Familial', 'Acquainted', 'Unaquainted'],
} as const;
export type HtcdsField = keyof typeof HTCDS_CODES;
export type HtcdsCode<F extends HtcdsField> = (typeof HTCDS_CODES)[F][number];

const toHtcds = <V extends string, F extends HtcdsField>(field: F, from: Record<V, HtcdsCode<F> | null>) => ({ field, from });

/**
 * The one table from the app's values to HTCDS codes (null: the standard has no code for it).
 * A value without a code is written as no flag at all (never as a guess), and the CTDC columns
 * of the same profile still carry it where CTDC has one.
 */
export const TO_HTCDS = {
  // Sex as recorded; "both or neither" is the standard's non-conforming condition.
  sex: toHtcds<Sex, 'prs_Gender'>('prs_Gender', {
    female: 'Feminine',
    male: 'Masculine',
    intersex: 'NonConforming',
    not_recorded: 'NonSpecifiedUnknown',
  }),
  status: toHtcds<TraffickingStatus, 'vic_TraffickingStatus'>('vic_TraffickingStatus', {
    actual: 'ActualVictimOfTrafficking',
    possible: 'PossibleVictimOfTrafficking',
    not_trafficked: 'NotAVictimOfTrafficking',
  }),
  exploitationType: toHtcds<ExploitationType, 'vic_TypeOfExploitation'>('vic_TypeOfExploitation', {
    forced_labour: 'ForcedLabour',
    sexual_exploitation: 'SexualExploitation',
    forced_marriage: 'ForcedMarriage',
    forced_military: 'ForcedMilitaryByNonStateActors',
    organ_removal: 'OrganRemoval',
    // The standard has no slavery code; servitude is the practice similar to slavery it lists.
    slavery_and_practices: 'Servitude',
    // No criminal-activity code: forced labour, as CTDC counts it (its labour sector "illicit activities").
    forced_criminal_activity: 'ForcedLabour',
    forced_begging: 'ForcedBegging',
    other: 'Other',
  }),
  labourSector: toHtcds<LabourSector, 'vic_ForcedLabourIndustry'>('vic_ForcedLabourIndustry', {
    domestic_work: 'T_ActivitiesOfHouseholdsAsEmployers',
    childcare: 'T_ActivitiesOfHouseholdsAsEmployers',
    agriculture: 'A_AgricultureForestryAndFishing',
    fishing: 'A_AgricultureForestryAndFishing',
    construction: 'F_Construction',
    mining_or_drilling: 'B_MiningAndQuarrying',
    manufacturing: 'C_Manufacturing',
    hospitality: 'I_AccommodationAndFoodServiceActivities',
    // The standard's field definitions put bars and nightclubs under food and beverage services.
    bar_or_nightclub: 'I_AccommodationAndFoodServiceActivities',
    market_or_street_vending: 'G_WholesaleAndRetailTradeRepairOfMotorVehicles',
    transportation: 'H_TransportationAndStorage',
    // Begging and crime are no industry in ISIC, and the list has no "other": no industry flag.
    // Begging still shows as vic_TypeOfExploitation_ForcedBegging when it was ticked as the type.
    begging: null,
    illicit_activities: null,
    other: null,
  }),
  meansOfControl: toHtcds<MeansOfControl, 'vic_MethodsOfControl'>('vic_MethodsOfControl', {
    debt_bondage: 'DebtBondage',
    takes_earnings: 'TakesEarnings',
    restricts_financial_access: 'RestrictsFinancialAccess',
    physical_threats: 'PhysicalThreats',
    threatens_family: 'ThreatensChildrenFamily',
    psychological_abuse: 'PsychologicalAbuse',
    physical_abuse: 'PhysicalAbuse',
    sexual_abuse: 'SexualAbuse',
    false_promises: 'FalsePromises',
    psychoactive_substances: 'PsychoactiveSubstance',
    restricts_movement: 'RestrictsMovement',
    // The standard's definition of restricted movement includes isolation from support networks.
    isolation: 'RestrictsMovement',
    restricts_medical_care: 'RestrictsMedicalCare',
    excessive_working_hours: 'ExcessiveWorkingHours',
    uses_children: 'UsesChildren',
    threat_of_law_enforcement: 'ThreatsLawEnforcement',
    withholds_necessities: 'WithholdsNecessities',
    withholds_documents: 'WithholdsDocuments',
    other: 'Other',
  }),
  // Where the app records how the offer came rather than where, the standard's Other.
  recruitmentMethod: toHtcds<RecruitmentMethod, 'vic_MethodOfRecruitment'>('vic_MethodOfRecruitment', {
    social_media: 'ThroughOnlineSocialNetworks',
    online_advertisement: 'ThroughAnOnlineAdvertisement',
    job_offer_in_person: 'Other',
    recruitment_agency: 'AtAPlaceOfBusiness',
    promise_of_education: 'Other',
    promise_of_marriage: 'Other',
    school: 'AtAnEducationalInstitution',
    public_place: 'Other',
    refugee_camp_or_shelter: 'Other',
    workplace: 'AtWork',
    // Family and friends are one value in the app, two codes in the standard: neither is claimed.
    through_family_or_friend: 'Other',
    abduction: 'Other',
    other: 'Other',
  }),
  recruiterRelationship: toHtcds<RecruiterRelationship, 'vic_RelationshipToTrafficker'>('vic_RelationshipToTrafficker', {
    parent: 'Familial',
    other_relative: 'Familial',
    intimate_partner: 'Acquainted',
    friend: 'Acquainted',
    neighbour: 'Acquainted',
    employer: 'Acquainted',
    // An agent or a stranger is someone she did not know before the offer.
    recruitment_agent: 'Unaquainted',
    stranger: 'Unaquainted',
    // The standard has no other relationship: no flag.
    other: null,
  }),
};

/** The multi-selects the export writes as one 0/1 column per code (the CTDC layout), in the standard's order. */
const HTCDS_FLAG_FIELDS = ['exploitationType', 'labourSector', 'meansOfControl', 'recruitmentMethod', 'recruiterRelationship'] as const;
type FlagField = (typeof HTCDS_FLAG_FIELDS)[number];

const flagColumns = (name: FlagField): string[] => {
  const { field, from } = TO_HTCDS[name];
  const reached = new Set<string>(Object.values(from).filter((c): c is NonNullable<typeof c> => c !== null));
  // Only codes some app value reaches: a column for what the shelter never records would claim a "0" it does not know.
  return (HTCDS_CODES[field] as readonly string[]).filter((c) => reached.has(c)).map((c) => `${field}_${c}`);
};

/**
 * The anonymised export's columns: HTCDS names, and CTDC's where HTCDS has no field for a
 * layout column (registration year, source, age band, adult or minor). The country of
 * exploitation is the country of the standard's historic trafficking event of type Exploitation.
 */
export const HTCDS_EXPORT_COLUMNS = [
  'yearOfRegistration',
  'Datasource',
  'prs_Gender',
  'ageBroad',
  'majorityStatus',
  'prs_Citizenship',
  'hte_Exploitation_Country',
  'vic_TraffickingStatus',
  ...HTCDS_FLAG_FIELDS.flatMap(flagColumns),
] as const;

/** The flag columns set for one profile (each once), from the values staff recorded. */
export function htcdsFlags(p: {
  exploitationTypes: readonly ExploitationType[];
  labourSectors: readonly LabourSector[];
  meansOfControl: readonly MeansOfControl[];
  recruitmentMethods: readonly RecruitmentMethod[];
  recruiterRelationships: readonly RecruiterRelationship[];
}): string[] {
  const lists: Record<FlagField, readonly string[]> = {
    exploitationType: p.exploitationTypes,
    labourSector: p.labourSectors,
    meansOfControl: p.meansOfControl,
    recruitmentMethod: p.recruitmentMethods,
    recruiterRelationship: p.recruiterRelationships,
  };
  const on = HTCDS_FLAG_FIELDS.flatMap((name) => {
    const { field, from } = TO_HTCDS[name];
    return lists[name].flatMap((v) => {
      const code = (from as Record<string, string | null>)[v];
      return code ? [`${field}_${code}`] : [];
    });
  });
  return unique(on);
}

/** The coarse categories of one profile, as the CTDC / HTCDS reports count them (no duplicates). */
export interface CtdcCategories {
  exploitation: CtdcExploitationCategory[];
  labourSectors: CtdcLabourSector[];
  sexualExploitation: SexualExploitationType[];
  meansOfControl: CtdcMeansOfControl[];
  recruitment: HtcdsRecruitmentMethod[];
  recruiterRelationships: CtdcRecruiterRelationship[];
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

export function ctdcCategories(p: {
  exploitationTypes: readonly ExploitationType[];
  labourSectors: readonly LabourSector[];
  sexualExploitationTypes: readonly SexualExploitationType[];
  meansOfControl: readonly MeansOfControl[];
  recruitmentMethods: readonly RecruitmentMethod[];
  recruiterRelationships: readonly RecruiterRelationship[];
}): CtdcCategories {
  const labourSectors = p.labourSectors.map((s) => LABOUR_SECTOR_TO_CTDC[s]);
  // Forced begging and criminal activity are labour sectors in CTDC, wherever they were ticked.
  if (p.exploitationTypes.includes('forced_begging')) labourSectors.push('begging');
  if (p.exploitationTypes.includes('forced_criminal_activity')) labourSectors.push('illicit_activities');
  return {
    exploitation: unique(p.exploitationTypes.map((t) => EXPLOITATION_TYPE_TO_CTDC[t])),
    labourSectors: unique(labourSectors),
    sexualExploitation: unique(p.sexualExploitationTypes),
    meansOfControl: unique(p.meansOfControl.map((m) => MEANS_OF_CONTROL_TO_CTDC[m])),
    recruitment: unique(p.recruitmentMethods.map((m) => RECRUITMENT_METHOD_TO_HTCDS[m])),
    recruiterRelationships: unique(p.recruiterRelationships.map((r) => RECRUITER_RELATIONSHIP_TO_CTDC[r])),
  };
}

/**
 * The countries a region button narrows the country list to. A region never chooses any of
 * them: a manager looking for Saudi Arabia under "Middle East / Gulf" meant one country,
 * not nine (issue 16), so the person still picks each country herself.
 */
export function regionCountries(presetId: RegionPresetId): readonly string[] {
  return REGION_PRESETS.find((p) => p.id === presetId)?.countries ?? [];
}

import { ageOn, type AdmissionInput } from '../../../shared/domain/resident';
import type { ConsentRecordInput } from '../../../shared/domain/resident-consent';
import type { TraffickingProfileInput } from '../../../shared/domain/resident-profile';
import { CONSENT_AGE_WITHOUT_GUARDIAN } from '../../../shared/enums/consent';
import {
  REGION_PRESETS,
  type EmploymentStatus,
  type ExploitationType,
  type LabourSector,
  type MeansOfControl,
  type RecruiterRelationship,
  type RecruitmentMethod,
  type SexualExploitationType,
} from '../../../shared/enums/trafficking';
import { prng } from './residents-data';

/**
 * Synthetic trafficking profiles and consents for the demo residents, shaped like the IOM
 * Rwanda findings: most cases are labour (above all domestic work) or sexual exploitation,
 * recruited through job offers and people the person knew, taken to the Gulf and Middle
 * East, elsewhere in East Africa, the DRC, or from the countryside to Kigali. A generator
 * of its own, so adding profiles does not change the residents a seed produced before.
 */

type Weighted<T> = [T, number][];

const DESTINATIONS: Weighted<(typeof REGION_PRESETS)[number]['id']> = [
  ['middle_east_gulf', 35],
  ['east_africa', 30],
  ['domestic_rural_urban', 23],
  ['drc', 12],
];
const EXPLOITATION: Weighted<ExploitationType[]> = [
  [['forced_labour'], 45],
  [['sexual_exploitation'], 30],
  [['forced_labour', 'sexual_exploitation'], 10],
  [['forced_marriage'], 8],
  [['forced_begging'], 4],
  [['other'], 3],
];
const LABOUR: Weighted<LabourSector> = [
  ['domestic_work', 60],
  ['hospitality', 10],
  ['agriculture', 10],
  ['bar_or_nightclub', 10],
  ['market_or_street_vending', 10],
];
const SEXUAL: Weighted<SexualExploitationType> = [
  ['prostitution', 80],
  ['private_sexual_services', 20],
];
const CONTROL: readonly MeansOfControl[] = [
  'false_promises',
  'withholds_documents',
  'restricts_movement',
  'takes_earnings',
  'debt_bondage',
  'physical_threats',
  'psychological_abuse',
  'isolation',
  'excessive_working_hours',
];
const RECRUITMENT: Weighted<RecruitmentMethod> = [
  ['job_offer_in_person', 35],
  ['through_family_or_friend', 25],
  ['social_media', 15],
  ['recruitment_agency', 12],
  ['promise_of_education', 8],
  ['promise_of_marriage', 5],
];
const RECRUITER: Weighted<RecruiterRelationship> = [
  ['friend', 25],
  ['other_relative', 20],
  ['stranger', 20],
  ['recruitment_agent', 15],
  ['neighbour', 10],
  ['intimate_partner', 5],
  ['employer', 5],
];
const EMPLOYMENT: Weighted<EmploymentStatus> = [
  ['unemployed_seeking_work', 45],
  ['employed_informal', 20],
  ['student', 15],
  ['self_employed', 10],
  ['unknown', 10],
];

const DAY = 86_400_000;
const daysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);

export class DemoProfiles {
  private readonly rnd: () => number;
  // Its own stream, so research consents do not change the profiles a seed produced before.
  private readonly researchRnd: () => number;
  constructor(seed: number) {
    this.rnd = prng(seed ^ 0x5eed_f11e);
    this.researchRnd = prng(seed ^ 0x7e5e_a2c4);
  }

  private weighted<T>(list: Weighted<T>): T {
    let r = this.rnd() * list.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of list) if ((r -= w) < 0) return v;
    return list[0]![0];
  }

  /** A profile as the team would have recorded it a few weeks in; about one in six not yet. */
  profile(admittedOn: string): TraffickingProfileInput | null {
    if (this.rnd() < 0.15) return null;
    const region = this.weighted(DESTINATIONS);
    const preset = REGION_PRESETS.find((p) => p.id === region)!;
    const countries = preset.countries.slice(0, 4);
    const exploitationTypes = this.weighted(EXPLOITATION);
    const control = CONTROL.filter(() => this.rnd() < 0.3);
    const exitedDaysBefore = Math.floor(this.rnd() * 30);
    const exploitedDays = 30 + Math.floor(this.rnd() * this.rnd() * 700);
    return {
      status: this.weighted<'actual' | 'possible' | 'not_trafficked'>([
        ['actual', 70],
        ['possible', 25],
        ['not_trafficked', 5],
      ]),
      exploitationTypes,
      labourSectors: exploitationTypes.includes('forced_labour') ? [this.weighted(LABOUR)] : [],
      sexualExploitationTypes: exploitationTypes.includes('sexual_exploitation') ? [this.weighted(SEXUAL)] : [],
      meansOfControl: control.length > 0 ? control : ['false_promises'],
      recruitmentMethods: [this.weighted(RECRUITMENT)],
      recruiterRelationships: [this.weighted(RECRUITER)],
      exploitationCountries: [countries[Math.floor(this.rnd() * countries.length)]!],
      internalMovement: region === 'domestic_rural_urban' ? ('rural_to_urban' as const) : undefined,
      employmentAtRecruitment: this.weighted(EMPLOYMENT),
      recruitedOn: daysBefore(admittedOn, exitedDaysBefore + exploitedDays),
      exitedOn: daysBefore(admittedOn, exitedDaysBefore),
    };
  }

  /**
   * Consent to services and to keeping her data, given on arrival: by herself from 16, by a
   * parent or guardian below that (Law 058/2021), when her age is known; otherwise by herself.
   */
  consents(residentId: string, admission: AdmissionInput): ConsentRecordInput[] {
    const { estimatedAgeYears, dateOfBirth } = admission.identity;
    const age = estimatedAgeYears ?? (dateOfBirth ? ageOn(dateOfBirth, admission.admittedOn) : null);
    const byGuardian = age !== null && age < CONSENT_AGE_WITHOUT_GUARDIAN;
    const giver = byGuardian
      ? ({ givenBy: 'guardian', guardianName: 'Parent (demo)', guardianRelationship: 'parent' } as const)
      : ({ givenBy: 'resident' } as const);
    const oral = this.rnd() < 0.2;
    const method = oral
      ? ({ method: 'oral_witnessed', witnessName: 'Duty social worker (demo)' } as const)
      : ({ method: 'written' } as const);
    return (['services', 'data_storage'] as const).map((purpose) => ({
      residentId,
      purpose,
      givenOn: admission.admittedOn,
      ...method,
      ...giver,
    }));
  }

  /**
   * Her answer when asked about research use, given as her other consents were: most agree,
   * some refuse, some were never asked. The anonymised export then leaves out a real share of
   * people, and what it keeps is small enough in places for suppression to bite.
   */
  research(given: ConsentRecordInput): ConsentRecordInput | null {
    const r = this.researchRnd();
    if (r < RESEARCH_SHARE.given) return { ...given, purpose: 'research' };
    if (r < RESEARCH_SHARE.given + RESEARCH_SHARE.refused) return { ...given, purpose: 'research', decision: 'refused' };
    return null;
  }
}

/** Shares of residents who gave or refused research consent; the rest were never asked. */
export const RESEARCH_SHARE = { given: 0.65, refused: 0.1 };

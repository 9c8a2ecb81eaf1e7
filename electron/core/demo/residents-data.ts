import type { AdmissionInput } from '../../../shared/domain/resident';
import type { DischargeDestination, ReferralSourceType } from '../../../shared/enums/resident';
import { placesUnder } from '../services/residents-location';

/**
 * Synthetic residents for exploring the app and for benchmarks. Names are drawn from lists
 * of common given and family names and combined at random: they describe nobody. The mix
 * follows the IOM Rwanda findings: mostly young women, referred mostly through Isange,
 * RIB and health centres, from every district.
 */

/** Small deterministic PRNG (mulberry32), so a seed regenerates the same shelter. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY_NAMES = [
  'Uwimana',
  'Mukamana',
  'Uwase',
  'Niyonsaba',
  'Nyiramana',
  'Mukandayisenga',
  'Uwamahoro',
  'Ingabire',
  'Umutoni',
  'Mukeshimana',
  'Nyirahabimana',
  'Uwera',
  'Iradukunda',
  'Ishimwe',
  'Niyonkuru',
  'Habimana',
  'Nsengimana',
  'Hakizimana',
  'Mugisha',
  'Tuyishime',
  'Byiringiro',
  'Uwitonze',
  'Mukarugwiza',
  'Nyiransabimana',
  'Umuhoza',
  'Kayitesi',
  'Mutoni',
  'Uwingabire',
  'Akimana',
  'Mukanyandwi',
  'Niyigena',
  'Uwamariya',
  'Mukamurenzi',
  'Nyirabagenzi',
  'Uwizeye',
  'Mukashema',
  'Nyiraneza',
  'Murekatete',
  'Uwanyirigira',
  'Ndayisaba',
  'Bizimana',
  'Manirakiza',
  'Ndikumana',
  'Nshimirimana',
  'Niyonzima',
  'Mwamba',
  'Kabila',
  'Ilunga',
  'Wanjiru',
  'Achieng',
  'Nakato',
  'Namukasa',
  'Akinyi',
  'Mwangi',
  'Mbabazi',
  'Kyomuhendo',
  'Bahati',
  'Mushimiyimana',
  'Ntakirutimana',
  'Dusabimana',
];
const FEMALE_GIVEN = [
  'Aline',
  'Grace',
  'Divine',
  'Josiane',
  'Claudine',
  'Esperance',
  'Chantal',
  'Diane',
  'Solange',
  'Jeanne',
  'Marie',
  'Sandrine',
  'Clarisse',
  'Alice',
  'Ange',
  'Belise',
  'Gloria',
  'Joy',
  'Peace',
  'Faith',
  'Mercy',
  'Amani',
  'Neema',
  'Zawadi',
  'Rehema',
  'Imani',
  'Furaha',
  'Upendo',
  'Hélène',
  'Béatrice',
  'Françoise',
  'Immaculée',
  'Josée',
  'Annonciata',
  'Vestine',
  'Jacqueline',
  'Liliane',
  'Sarah',
  'Esther',
  'Ruth',
  'Naomi',
  'Keza',
  'Ineza',
  'Teta',
  'Gisele',
  'Yvette',
  'Olive',
  'Patience',
  'Agnès',
  'Odette',
];
const MALE_GIVEN = [
  'Jean',
  'Eric',
  'Patrick',
  'Emmanuel',
  'Olivier',
  'Innocent',
  'Baraka',
  'Juma',
  'Samuel',
  'Didier',
  'Théogène',
  'Kevin',
];
const ALIASES = ['Mama Keza', 'Mama Ineza', 'Maman Grace', 'Kadogo', 'Nyampinga', 'Shani', 'Mimi', 'Dada'];

const ISANGE = ['Isange OSC Kacyiru', 'Isange OSC Gisenyi', 'Isange OSC Nyagatare', 'Isange OSC Huye', 'Isange OSC Musanze'];
const HEALTH = ['Kibagabaga Hospital', 'Muhima Health Centre', 'Gisenyi District Hospital', 'Rwamagana Health Centre', 'Kabgayi Hospital'];
const NGOS = ['Shelter Partners Network', 'Safe Return Initiative', 'Hope Bridge Rwanda', 'Women Rise Association'];

/** Source weights: most survivors come through Isange, the police and health services. */
const SOURCES: [ReferralSourceType, number][] = [
  ['isange_one_stop_centre', 30],
  ['police_rib', 22],
  ['health_centre', 12],
  ['umudugudu_leader', 10],
  ['iom', 10],
  ['ngo', 8],
  ['family', 4],
  ['self', 3],
  ['other', 1],
];

/** Where people were returned from or intercepted on the way to; domestic cases stay in RW. */
const ABROAD: [string, string][] = [
  ['UG', 'Kampala'],
  ['KE', 'Nairobi'],
  ['TZ', 'Dar es Salaam'],
  ['CD', 'Goma'],
  ['CD', 'Bukavu'],
  ['BI', 'Bujumbura'],
  ['SS', 'Juba'],
];

/** Where people went on leaving, weighted towards the usual outcome: back to family. */
const DESTINATIONS: [DischargeDestination, number][] = [
  ['family', 62],
  ['independent', 12],
  ['transferred', 8],
  ['other_shelter', 6],
  ['absconded', 7],
  ['hospital', 3],
  ['other', 2],
];

/** The newest residents, still in the shelter (about a shelter's worth of beds). */
export const STILL_IN_SHELTER = 35;
const RECENT_DAYS = 120;
const SPAN_DAYS = 365 * 6;

export class DemoResidents {
  private readonly rnd: () => number;
  private readonly provinces = placesUnder({});
  private index = 0;
  /**
   * `total` spreads admissions over six years in order, oldest first, so codes run with
   * the calendar and the newest residents are the ones still in the shelter.
   */
  constructor(
    seed: number,
    private readonly today: Date,
    private readonly total = 1000,
  ) {
    this.rnd = prng(seed);
  }

  /** The newest STILL_IN_SHELTER arrived within RECENT_DAYS; the rest over six years before that. */
  private admittedDaysAgo(i: number): number {
    const recent = Math.min(STILL_IN_SHELTER, this.total);
    const older = this.total - recent;
    if (i >= older) return Math.max(0, Math.floor(((this.total - i - this.rnd()) / recent) * RECENT_DAYS));
    return RECENT_DAYS + Math.floor((1 - (i + this.rnd()) / older) * (SPAN_DAYS - RECENT_DAYS));
  }

  /** A discharge after a plausible stay (one week to the six-month limit), never after today. */
  discharge(admittedOn: string): { dischargedOn: string; destination: DischargeDestination } {
    const stayDays = 7 + Math.floor(this.rnd() * this.rnd() * 176);
    const end = Math.min(Date.parse(`${admittedOn}T00:00:00Z`) + stayDays * 86_400_000, this.today.getTime());
    return { dischargedOn: new Date(end).toISOString().slice(0, 10), destination: this.weighted(DESTINATIONS) };
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)]!;
  }
  private chance(p: number): boolean {
    return this.rnd() < p;
  }
  private weighted<T>(list: [T, number][]): T {
    let r = this.rnd() * list.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of list) if ((r -= w) < 0) return v;
    return list[0]![0];
  }
  private digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(this.rnd() * 10);
    return s;
  }
  private isoDaysAgo(days: number): string {
    return new Date(this.today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  }
  /** Occasionally double a letter or swap a vowel, as names are really written on referral forms. */
  private variant(name: string): string {
    if (!this.chance(0.05) || name.length < 5) return name;
    const i = 2 + Math.floor(this.rnd() * (name.length - 3));
    return name.slice(0, i) + name[i] + name.slice(i);
  }

  private age(): number {
    const band = this.weighted<[number, number]>([
      [[12, 17], 25],
      [[18, 24], 45],
      [[25, 29], 17],
      [[30, 45], 13],
    ]);
    return band[0] + Math.floor(this.rnd() * (band[1] - band[0] + 1));
  }

  private rwandaOrigin(): AdmissionInput['origin'] {
    const province = this.pick(this.provinces);
    const district = this.pick(placesUnder({ province }));
    const sector = this.pick(placesUnder({ province, district }));
    if (this.chance(0.3)) return { country: 'RW', province, district, sector };
    const cell = this.pick(placesUnder({ province, district, sector }));
    const village = this.pick(placesUnder({ province, district, sector, cell }));
    return { country: 'RW', province, district, sector, cell, village };
  }

  next(): AdmissionInput {
    const female = this.chance(0.88);
    const admittedDaysAgo = this.admittedDaysAgo(this.index++);
    const admittedOn = this.isoDaysAgo(admittedDaysAgo);
    const age = this.age();
    const aliasOnly = this.chance(0.03);
    const givenNames = aliasOnly ? undefined : this.variant(this.pick(female ? FEMALE_GIVEN : MALE_GIVEN));
    const familyName = aliasOnly ? undefined : this.variant(this.pick(FAMILY_NAMES));
    const ageKnown = this.weighted([
      ['dob', 35],
      ['estimate', 55],
      ['unknown', 10],
    ] as [string, number][]);
    const birthDaysBeforeAdmission = age * 365 + Math.floor(this.rnd() * 365);
    const rwandan = this.chance(0.86);
    const [country, place] = this.pick(ABROAD);
    const source = this.weighted(SOURCES);
    const organisationName =
      source === 'isange_one_stop_centre'
        ? this.pick(ISANGE)
        : source === 'health_centre'
          ? this.pick(HEALTH)
          : source === 'ngo'
            ? this.pick(NGOS)
            : source === 'iom'
              ? 'IOM Rwanda'
              : source === 'police_rib'
                ? 'RIB station'
                : undefined;
    return {
      identity: {
        givenNames,
        familyName,
        otherNames: aliasOnly || this.chance(0.1) ? [this.pick(ALIASES)] : [],
        sex: female ? 'female' : 'male',
        genderIdentity: this.chance(0.7) ? (female ? 'woman' : 'man') : undefined,
        dateOfBirth: ageKnown === 'dob' ? this.isoDaysAgo(admittedDaysAgo + birthDaysBeforeAdmission) : undefined,
        estimatedAgeYears: ageKnown === 'estimate' ? age : undefined,
        nationalities: rwandan ? ['RW'] : [country],
        languages: rwandan ? (this.chance(0.3) ? ['rw', 'en'] : ['rw']) : this.chance(0.5) ? ['sw'] : ['sw', 'en'],
        phone: this.chance(0.3) ? `+250 7${this.pick(['2', '3', '8', '9'])}${this.digits(7)}` : undefined,
        idDocument: rwandan && age >= 16 && this.chance(0.4) ? { type: 'national_id', number: `1${this.digits(15)}` } : undefined,
        maritalStatus: this.chance(0.6)
          ? this.weighted([
              ['single', 70],
              ['married', 10],
              ['cohabiting', 8],
              ['separated', 7],
              ['widowed', 5],
            ] as [NonNullable<AdmissionInput['identity']['maritalStatus']>, number][])
          : undefined,
        educationLevel: this.chance(0.6)
          ? this.weighted([
              ['none', 10],
              ['primary_incomplete', 30],
              ['primary', 30],
              ['lower_secondary', 18],
              ['upper_secondary', 9],
              ['tvet', 3],
            ] as [NonNullable<AdmissionInput['identity']['educationLevel']>, number][])
          : undefined,
        numberOfChildren: this.chance(0.5)
          ? this.weighted([
              [0, 60],
              [1, 25],
              [2, 10],
              [3, 5],
            ] as [number, number][])
          : undefined,
      },
      origin: rwandan ? this.rwandaOrigin() : { country, place },
      referral: this.chance(0.9)
        ? {
            sourceType: source,
            organisationName,
            referredOn: this.isoDaysAgo(admittedDaysAgo + Math.floor(this.rnd() * 3)),
            caseReference: this.chance(0.5) ? `REF-${this.digits(5)}` : undefined,
          }
        : undefined,
      admittedOn,
    };
  }
}

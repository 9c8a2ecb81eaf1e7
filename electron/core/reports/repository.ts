import type { AppDb } from '../db/kysely';

/** What a report reads, and nothing else: no names, contacts, places below the country, or free text. */
export interface ReportStayRow {
  resident_id: string;
  admitted_on: string;
  discharged_on: string | null;
  discharge_destination: string | null;
}

export interface ReportResidentRow {
  id: string;
  sex: string | null;
  date_of_birth: string | null;
  estimated_age_years: number | null;
  estimated_age_on: string | null;
  nationalities: string;
}

export interface ReportProfileRow {
  resident_id: string;
  trafficking_status: string | null;
  exploitation_types: string;
  labour_sectors: string;
  means_of_control: string;
  recruitment_methods: string;
  recruiter_relationships: string;
  exploitation_countries: string;
  employment_at_recruitment: string | null;
}

export interface Scope {
  from: string;
  to: string;
  site: string | null;
}

/** Queries only; the reports service aggregates. */
export const reportsRepo = {
  knownSites: async (db: AppDb): Promise<string[]> => {
    const org = await db.selectFrom('organisation').select('site_code').execute();
    const res = await db.selectFrom('residents').select('code_site').distinct().execute();
    return [...new Set([...org.map((o) => o.site_code), ...res.map((r) => r.code_site)])];
  },

  /** Stays overlapping the period (both days included), at the site when one is asked for. */
  staysOverlapping: (db: AppDb, s: Scope): Promise<ReportStayRow[]> => {
    let q = db
      .selectFrom('stays')
      .innerJoin('residents', 'residents.id', 'stays.resident_id')
      .select(['stays.resident_id', 'stays.admitted_on', 'stays.discharged_on', 'stays.discharge_destination'])
      .where('stays.admitted_on', '<=', s.to)
      .where((eb) => eb.or([eb('stays.discharged_on', 'is', null), eb('stays.discharged_on', '>=', s.from)]));
    if (s.site) q = q.where('residents.code_site', '=', s.site);
    return q.execute();
  },

  residents: (db: AppDb, ids: string[]): Promise<ReportResidentRow[]> =>
    inChunks(ids, (chunk) =>
      db
        .selectFrom('residents')
        .select(['id', 'sex', 'date_of_birth', 'estimated_age_years', 'estimated_age_on', 'nationalities'])
        .where('id', 'in', chunk)
        .execute(),
    ),

  profiles: (db: AppDb, ids: string[]): Promise<ReportProfileRow[]> =>
    inChunks(ids, (chunk) =>
      db
        .selectFrom('trafficking_profiles')
        .select([
          'resident_id',
          'trafficking_status',
          'exploitation_types',
          'labour_sectors',
          'means_of_control',
          'recruitment_methods',
          'recruiter_relationships',
          'exploitation_countries',
          'employment_at_recruitment',
        ])
        .where('resident_id', 'in', chunk)
        .execute(),
    ),

  /** Referral-in source of stays admitted in the period. */
  referralSources: (db: AppDb, s: Scope): Promise<{ source_type: string }[]> => {
    let q = db
      .selectFrom('referrals_in')
      .innerJoin('stays', 'stays.id', 'referrals_in.stay_id')
      .innerJoin('residents', 'residents.id', 'stays.resident_id')
      .select('referrals_in.source_type')
      .where('stays.admitted_on', '>=', s.from)
      .where('stays.admitted_on', '<=', s.to);
    if (s.site) q = q.where('residents.code_site', '=', s.site);
    return q.execute();
  },

  /** Referrals out made in the period, by the partner's type (the typed organisation type before the directory). */
  referralsOut: (db: AppDb, s: Scope): Promise<{ organisation_type: string }[]> => {
    let q = db
      .selectFrom('referrals_out')
      .innerJoin('residents', 'residents.id', 'referrals_out.resident_id')
      .leftJoin('partners', 'partners.id', 'referrals_out.partner_id')
      .select((eb) => eb.fn.coalesce('partners.type', 'referrals_out.organisation_type').as('organisation_type'))
      .where('referrals_out.referred_on', '>=', s.from)
      .where('referrals_out.referred_on', '<=', s.to);
    if (s.site) q = q.where('residents.code_site', '=', s.site);
    return q.execute();
  },
};

/** Outreach activities held in the period (they are the shelter's, so every site sees them). */
export const outreachReportRepo = {
  held: (db: AppDb, s: Scope) =>
    db
      .selectFrom('outreach_activities')
      .select(['type', 'female_under_18', 'female_adult', 'male_under_18', 'male_adult'])
      .where('held_on', '>=', s.from)
      .where('held_on', '<=', s.to)
      .execute(),
};

/** SQLite limits bound parameters per statement; ids go in slices. */
async function inChunks<T>(ids: string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await run(ids.slice(i, i + 500))));
  return out;
}

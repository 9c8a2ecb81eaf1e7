import type { AppDb } from '../db/kysely';

/** Queries only, for the anonymised export: no name, contact, place below the country or free text is selected. */
export const anonymisedRepo = {
  /** Every resident with her first admission day (the CTDC registration year). */
  people: (db: AppDb) =>
    db
      .selectFrom('residents')
      .innerJoin('stays', 'stays.resident_id', 'residents.id')
      .select([
        'residents.id',
        'residents.sex',
        'residents.date_of_birth',
        'residents.estimated_age_years',
        'residents.estimated_age_on',
        'residents.nationalities',
      ])
      .select((eb) => eb.fn.min('stays.admitted_on').as('first_admitted_on'))
      .groupBy('residents.id')
      .orderBy('residents.id')
      .execute(),

  profiles: async (db: AppDb, ids: string[]) => {
    const out = [];
    for (let i = 0; i < ids.length; i += 500) {
      out.push(
        ...(await db
          .selectFrom('trafficking_profiles')
          .select([
            'resident_id',
            'exploitation_types',
            'labour_sectors',
            'means_of_control',
            'recruitment_methods',
            'recruiter_relationships',
            'exploitation_countries',
          ])
          .where('resident_id', 'in', ids.slice(i, i + 500))
          .execute()),
      );
    }
    return out;
  },
};

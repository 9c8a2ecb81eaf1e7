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
};

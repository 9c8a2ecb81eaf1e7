import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { AppDb } from '../db/kysely';
import type { ReferralsInTable, ResidentsTable, StaysTable } from '../db/schema';

export type ResidentRow = Selectable<ResidentsTable>;
export type StayRow = Selectable<StaysTable>;
export type ReferralInRow = Selectable<ReferralsInTable>;

/** The columns a list row needs; the full file is read only when a file is opened. */
export const LIST_COLUMNS = [
  'residents.id',
  'residents.code',
  'residents.status',
  'residents.display_name',
  'residents.other_names',
  'residents.sex',
  'residents.date_of_birth',
  'residents.estimated_age_years',
  'residents.estimated_age_on',
  'residents.phone',
  'residents.admitted_on',
  'residents.given_names',
  'residents.family_name',
  'residents.birth_year',
  // Who the resident is assigned to: lists show others with code, first name and room only.
  'residents.counsellor_id',
  'residents.social_worker_id',
] as const;
export type ResidentListRow = Pick<
  ResidentRow,
  | 'id'
  | 'code'
  | 'status'
  | 'display_name'
  | 'other_names'
  | 'sex'
  | 'date_of_birth'
  | 'estimated_age_years'
  | 'estimated_age_on'
  | 'phone'
  | 'admitted_on'
  | 'given_names'
  | 'family_name'
  | 'birth_year'
  | 'counsellor_id'
  | 'social_worker_id'
>;

/** Queries only; the residents service owns codes, search text and audit. */
export const residentsRepo = {
  async lastCodeSeq(db: AppDb, site: string, year: number): Promise<number> {
    const r = await db
      .selectFrom('residents')
      .select((eb) => eb.fn.max('code_seq').as('seq'))
      .where('code_site', '=', site)
      .where('code_year', '=', year)
      .executeTakeFirst();
    return Number(r?.seq ?? 0);
  },
  /** Returns the row number the search tables refer to. */
  async insert(db: AppDb, row: Insertable<ResidentsTable>): Promise<number> {
    return (await db.insertInto('residents').values(row).returning('row_num').executeTakeFirstOrThrow()).row_num;
  },
  update: (db: AppDb, id: string, patch: Updateable<ResidentsTable>) =>
    db.updateTable('residents').set(patch).where('id', '=', id).execute(),
  byId: (db: AppDb, id: string) => db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirst(),

  /** Every name word ever stored, for near-spelling lookups; stale words only cost a row. */
  async addToVocabulary(db: AppDb, words: string[]): Promise<void> {
    if (words.length === 0) return;
    await db
      .insertInto('resident_name_words')
      .values(words.map((word) => ({ word })))
      .onConflict((oc) => oc.column('word').doNothing())
      .execute();
  },

  /** Which resident carries which whole name word. */
  async linkWords(db: AppDb, rowNum: number, words: string[]): Promise<void> {
    if (words.length)
      await db
        .insertInto('resident_words')
        .values(words.map((word) => ({ word, row_num: rowNum })))
        .execute();
  },
  async relinkWords(db: AppDb, rowNum: number, words: string[]): Promise<void> {
    await db.deleteFrom('resident_words').where('row_num', '=', rowNum).execute();
    await residentsRepo.linkWords(db, rowNum, words);
  },

  async rowNumsWithWords(db: AppDb, words: string[]): Promise<number[]> {
    if (words.length === 0) return [];
    const r = await db.selectFrom('resident_words').select('row_num').distinct().where('word', 'in', words).execute();
    return r.map((x) => x.row_num);
  },

  byRowNums: (db: AppDb, rowNums: number[]) =>
    rowNums.length ? db.selectFrom('residents').select(LIST_COLUMNS).where('row_num', 'in', rowNums).execute() : Promise.resolve([]),

  insertStay: (db: AppDb, row: Insertable<StaysTable>) => db.insertInto('stays').values(row).execute(),
  insertReferral: (db: AppDb, row: Insertable<ReferralsInTable>) => db.insertInto('referrals_in').values(row).execute(),
  staysOf: (db: AppDb, residentId: string) =>
    db.selectFrom('stays').selectAll().where('resident_id', '=', residentId).orderBy('admitted_on', 'desc').execute(),
  stayOf: (db: AppDb, residentId: string, stayId: string) =>
    db.selectFrom('stays').select(['id', 'admitted_on']).where('id', '=', stayId).where('resident_id', '=', residentId).executeTakeFirst(),
  referralOfStay: (db: AppDb, stayId: string) => db.selectFrom('referrals_in').selectAll().where('stay_id', '=', stayId).executeTakeFirst(),
  updateReferral: (db: AppDb, id: string, patch: Updateable<ReferralsInTable>) =>
    db.updateTable('referrals_in').set(patch).where('id', '=', id).execute(),
  referralsOf: (db: AppDb, residentId: string) =>
    db.selectFrom('referrals_in').selectAll().where('resident_id', '=', residentId).orderBy('created_at', 'desc').execute(),

  /** Stored name words starting with `prefix`, within a length range. */
  async wordsWithPrefix(db: AppDb, prefix: string, minLength: number, maxLength: number, limit: number): Promise<string[]> {
    const r = await sql<{ word: string }>`
      SELECT word FROM resident_name_words
      WHERE word >= ${prefix} AND word < ${prefix + '\uffff'} AND length(word) BETWEEN ${minLength} AND ${maxLength}
      LIMIT ${limit}`.execute(db);
    return r.rows.map((x) => x.word);
  },

  /** Stored name words sharing trigrams with `match`, best first; the caller checks the distance. */
  async similarWords(db: AppDb, match: string, minLength: number, maxLength: number, limit: number): Promise<string[]> {
    const r = await sql<{ word: string }>`
      SELECT w.word FROM resident_name_word_search s JOIN resident_name_words w ON w.id = s.rowid
      WHERE resident_name_word_search MATCH ${match} AND length(w.word) BETWEEN ${minLength} AND ${maxLength}
      ORDER BY s.rank LIMIT ${limit}`.execute(db);
    return r.rows.map((x) => x.word);
  },

  byPhoneKey: (db: AppDb, key: string) => db.selectFrom('residents').select(LIST_COLUMNS).where('phone_key', '=', key).limit(50).execute(),
  byIdNumberKey: (db: AppDb, key: string) =>
    db.selectFrom('residents').select(LIST_COLUMNS).where('id_number_key', '=', key).limit(50).execute(),
};

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the residents list at 100,000 residents. Frozen once released.
 *
 * resident_words gets each resident's sort name and code, kept in step by triggers, and an
 * index on (word, sort_name, code): the residents whose names start with a typed prefix can
 * then be read in list order, a page at a time, one short index range per stored word,
 * instead of sorting every match (thousands for three letters of a common name).
 *
 * The age-band filter compares a birth key: the date of birth, or the estimate's date moved
 * back by the estimated years. The expression is repeated exactly in
 * electron/core/repositories/residents-list.ts (BIRTH_KEY), or the index is not used.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE resident_words ADD COLUMN sort_name TEXT`.execute(db);
  await sql`ALTER TABLE resident_words ADD COLUMN code TEXT`.execute(db);
  await sql`UPDATE resident_words SET
    sort_name = (SELECT r.sort_name FROM residents r WHERE r.row_num = resident_words.row_num),
    code = (SELECT r.code FROM residents r WHERE r.row_num = resident_words.row_num)`.execute(db);
  await sql`CREATE TRIGGER resident_words_order_ai AFTER INSERT ON resident_words BEGIN
    UPDATE resident_words SET
      sort_name = (SELECT r.sort_name FROM residents r WHERE r.row_num = new.row_num),
      code = (SELECT r.code FROM residents r WHERE r.row_num = new.row_num)
    WHERE word = new.word AND row_num = new.row_num; END`.execute(db);
  await sql`CREATE TRIGGER residents_words_order_au AFTER UPDATE OF sort_name, code ON residents BEGIN
    UPDATE resident_words SET sort_name = new.sort_name, code = new.code WHERE row_num = new.row_num; END`.execute(db);
  await sql`CREATE INDEX resident_words_order ON resident_words(word, sort_name, code)`.execute(db);

  await sql`CREATE INDEX residents_birth_key ON residents(coalesce(date_of_birth, CASE WHEN estimated_age_years IS NOT NULL AND estimated_age_on IS NOT NULL THEN printf('%04d', CAST(substr(estimated_age_on, 1, 4) AS INTEGER) - estimated_age_years) || substr(estimated_age_on, 5) END))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX residents_birth_key`.execute(db);
  await sql`DROP INDEX resident_words_order`.execute(db);
  await sql`DROP TRIGGER residents_words_order_au`.execute(db);
  await sql`DROP TRIGGER resident_words_order_ai`.execute(db);
  await sql`ALTER TABLE resident_words DROP COLUMN code`.execute(db);
  await sql`ALTER TABLE resident_words DROP COLUMN sort_name`.execute(db);
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * A trigram index over what a list shows of a resident who is not hers (code and given
 * names), for need-to-know search. Frozen once released.
 *
 * A counsellor or social worker under "assigned staff only" finds others by code or given
 * names only. Testing that on every resident whose name, phone or ID matches the typed text
 * costs as much as the match set (thousands for three letters of a common family name);
 * with this index her search reads her own residents and those whose shown text holds the
 * words, a handful. Contentless (with deletes by row number): triggers write the text as
 * computed from the row, so nothing is stored twice; the exact test stays in
 * electron/core/repositories/residents-list.ts (visibilityCondition), this only narrows.
 */
const SHOWN = (row: 'new' | 'r') => sql.raw(`replace(lower(${row}.code), '-', '') || ' ' || lower(coalesce(${row}.given_names, ''))`);

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE resident_shown_search USING fts5(shown, content='', contentless_delete=1, tokenize='trigram')`.execute(db);
  await sql`INSERT INTO resident_shown_search(rowid, shown) SELECT r.row_num, ${SHOWN('r')} FROM residents r`.execute(db);
  await sql`CREATE TRIGGER residents_shown_ai AFTER INSERT ON residents BEGIN
    INSERT INTO resident_shown_search(rowid, shown) VALUES (new.row_num, ${SHOWN('new')}); END`.execute(db);
  await sql`CREATE TRIGGER residents_shown_ad AFTER DELETE ON residents BEGIN
    DELETE FROM resident_shown_search WHERE rowid = old.row_num; END`.execute(db);
  await sql`CREATE TRIGGER residents_shown_au AFTER UPDATE OF code, given_names ON residents BEGIN
    DELETE FROM resident_shown_search WHERE rowid = old.row_num;
    INSERT INTO resident_shown_search(rowid, shown) VALUES (new.row_num, ${SHOWN('new')}); END`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TRIGGER residents_shown_au`.execute(db);
  await sql`DROP TRIGGER residents_shown_ad`.execute(db);
  await sql`DROP TRIGGER residents_shown_ai`.execute(db);
  await sql`DROP TABLE resident_shown_search`.execute(db);
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Residents, their stays and referrals in, and the search index. Frozen once released.
 *
 * residents has an INTEGER PRIMARY KEY (row_num) besides its UUID: the FTS index points at
 * rowids, and only an INTEGER PRIMARY KEY rowid is guaranteed to survive VACUUM.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('residents')
    .addColumn('row_num', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('code_site', 'text', (c) => c.notNull())
    .addColumn('code_year', 'integer', (c) => c.notNull())
    .addColumn('code_seq', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('admitted','discharged')`))
    .addColumn('given_names', 'text')
    .addColumn('family_name', 'text')
    .addColumn('other_names', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('sort_name', 'text', (c) => c.notNull())
    .addColumn('sex', 'text')
    .addColumn('gender_identity', 'text')
    .addColumn('date_of_birth', 'text')
    .addColumn('estimated_age_years', 'integer')
    .addColumn('estimated_age_on', 'text')
    .addColumn('birth_year', 'integer')
    .addColumn('nationalities', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('phone', 'text')
    .addColumn('phone_key', 'text')
    .addColumn('id_document_type', 'text')
    .addColumn('id_document_number', 'text')
    .addColumn('id_number_key', 'text')
    .addColumn('marital_status', 'text')
    .addColumn('education_level', 'text')
    .addColumn('number_of_children', 'integer')
    .addColumn('health_notes', 'text')
    .addColumn('origin_country', 'text')
    .addColumn('origin_province', 'text')
    .addColumn('origin_district', 'text')
    .addColumn('origin_sector', 'text')
    .addColumn('origin_cell', 'text')
    .addColumn('origin_village', 'text')
    .addColumn('origin_place', 'text')
    .addColumn('admitted_on', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addUniqueConstraint('residents_code_sequence', ['code_site', 'code_year', 'code_seq'])
    .execute();
  await db.schema.createIndex('residents_sort_name').on('residents').columns(['sort_name', 'code']).execute();
  await db.schema.createIndex('residents_admitted_on').on('residents').columns(['admitted_on', 'code']).execute();
  await db.schema.createIndex('residents_status_sort_name').on('residents').columns(['status', 'sort_name']).execute();
  await db.schema.createIndex('residents_phone_key').on('residents').column('phone_key').where('phone_key', 'is not', null).execute();
  await db.schema
    .createIndex('residents_id_number_key')
    .on('residents')
    .column('id_number_key')
    .where('id_number_key', 'is not', null)
    .execute();

  // Substring search over names, aliases, code, phone and ID number (folded by core before
  // they are stored). Triggers keep the index in step with every write, whoever makes it.
  await sql`CREATE VIRTUAL TABLE resident_search USING fts5(search_text, content='residents', content_rowid='row_num', tokenize='trigram')`.execute(
    db,
  );
  await sql`CREATE TRIGGER residents_search_ai AFTER INSERT ON residents BEGIN
    INSERT INTO resident_search(rowid, search_text) VALUES (new.row_num, new.search_text); END`.execute(db);
  await sql`CREATE TRIGGER residents_search_ad AFTER DELETE ON residents BEGIN
    INSERT INTO resident_search(resident_search, rowid, search_text) VALUES ('delete', old.row_num, old.search_text); END`.execute(db);
  await sql`CREATE TRIGGER residents_search_au AFTER UPDATE OF search_text ON residents BEGIN
    INSERT INTO resident_search(resident_search, rowid, search_text) VALUES ('delete', old.row_num, old.search_text);
    INSERT INTO resident_search(rowid, search_text) VALUES (new.row_num, new.search_text); END`.execute(db);

  // Every distinct name word ever stored. Near-spelling search looks words up here (a few
  // thousand rows) instead of comparing against every resident.
  await db.schema
    .createTable('resident_name_words')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('word', 'text', (c) => c.notNull().unique())
    .execute();
  await sql`CREATE VIRTUAL TABLE resident_name_word_search USING fts5(word, content='resident_name_words', content_rowid='id', tokenize='trigram')`.execute(
    db,
  );
  await sql`CREATE TRIGGER resident_name_words_ai AFTER INSERT ON resident_name_words BEGIN
    INSERT INTO resident_name_word_search(rowid, word) VALUES (new.id, new.word); END`.execute(db);

  // Which resident carries which whole name word: near-spelling search and the duplicate
  // check join through this (index lookups) instead of phrase-matching common trigrams.
  await db.schema
    .createTable('resident_words')
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('row_num', 'integer', (c) => c.notNull().references('residents.row_num').onDelete('cascade'))
    .addPrimaryKeyConstraint('resident_words_pk', ['word', 'row_num'])
    .modifyEnd(sql`WITHOUT ROWID`)
    .execute();
  await db.schema.createIndex('resident_words_row').on('resident_words').column('row_num').execute();

  await db.schema
    .createTable('stays')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id').onDelete('cascade'))
    .addColumn('admitted_on', 'text', (c) => c.notNull())
    .addColumn('discharged_on', 'text')
    .addColumn('discharge_destination', 'text', (c) =>
      c.check(sql`discharge_destination IN ('family','independent','other_shelter','hospital','absconded','transferred','other')`),
    )
    .addColumn('discharge_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint('stays_discharge_after_admission', sql`discharged_on IS NULL OR discharged_on >= admitted_on`)
    .execute();
  await db.schema.createIndex('stays_resident').on('stays').columns(['resident_id', 'admitted_on']).execute();
  // A resident is in the shelter at most once at a time.
  await sql`CREATE UNIQUE INDEX stays_one_open_per_resident ON stays(resident_id) WHERE discharged_on IS NULL`.execute(db);
  // The stay-limit card reads open stays by admission date.
  await sql`CREATE INDEX stays_open_by_admission ON stays(admitted_on) WHERE discharged_on IS NULL`.execute(db);

  // Rooms and beds. A bed assignment belongs to a stay; moving a resident closes one
  // assignment and opens the next, so the history stays.
  await db.schema
    .createTable('rooms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createTable('beds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('room_id', 'text', (c) => c.notNull().references('rooms.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addUniqueConstraint('beds_room_label', ['room_id', 'label'])
    .execute();
  await db.schema
    .createTable('bed_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('stay_id', 'text', (c) => c.notNull().references('stays.id').onDelete('cascade'))
    .addColumn('bed_id', 'text', (c) => c.notNull().references('beds.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint('bed_assignments_dates', sql`to_date IS NULL OR to_date >= from_date`)
    .execute();
  // The last line of defence against double booking: one open assignment per bed and per stay.
  await sql`CREATE UNIQUE INDEX bed_assignments_one_open_per_bed ON bed_assignments(bed_id) WHERE to_date IS NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX bed_assignments_one_open_per_stay ON bed_assignments(stay_id) WHERE to_date IS NULL`.execute(db);
  await db.schema.createIndex('bed_assignments_bed').on('bed_assignments').columns(['bed_id', 'from_date']).execute();
  await db.schema.createIndex('bed_assignments_stay').on('bed_assignments').columns(['stay_id', 'from_date']).execute();

  await db.schema
    .createTable('referrals_in')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id').onDelete('cascade'))
    .addColumn('stay_id', 'text', (c) => c.notNull().references('stays.id').onDelete('cascade'))
    .addColumn('source_type', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`source_type IN ('isange_one_stop_centre','health_centre','police_rib','umudugudu_leader','iom','ngo','family','self','other')`,
        ),
    )
    .addColumn('organisation_name', 'text')
    .addColumn('referring_officer', 'text')
    .addColumn('referred_on', 'text')
    .addColumn('case_reference', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('referrals_in_resident').on('referrals_in').column('resident_id').execute();
  await db.schema.createIndex('referrals_in_stay').on('referrals_in').column('stay_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('bed_assignments').execute();
  await db.schema.dropTable('beds').execute();
  await db.schema.dropTable('rooms').execute();
  await db.schema.dropTable('referrals_in').execute();
  await db.schema.dropTable('stays').execute();
  await db.schema.dropTable('resident_words').execute();
  await sql`DROP TABLE resident_name_word_search`.execute(db);
  await db.schema.dropTable('resident_name_words').execute();
  await sql`DROP TABLE resident_search`.execute(db);
  await db.schema.dropTable('residents').execute();
}

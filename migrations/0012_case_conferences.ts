/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Case conferences (issue 11): a dated team review of one resident. Attendees and actions
 * are JSON arrays (few per conference, always read whole); staff and partners in them are
 * ids into users and partners. Frozen once released.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE case_conferences (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    attendees TEXT NOT NULL CHECK (json_valid(attendees)),
    decisions TEXT NOT NULL,
    actions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(actions)),
    next_review_on TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT REFERENCES users(id),
    updated_at TEXT NOT NULL,
    updated_by TEXT REFERENCES users(id)
  )`.execute(db);
  await sql`CREATE INDEX case_conferences_resident ON case_conferences(resident_id, held_on)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('case_conferences').execute();
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Counselling sessions, individual, family or group (issue 11). Frozen once released.
 *
 * A session is one row; each resident in it is a participant row with her attendance,
 * WHO-5 items and score, distress and risk flags, so a group session is one record with
 * several residents. The participant row repeats the start time so a resident's sessions
 * come from one index. Notes are a BLOB sealed under the counselling-notes category key
 * (electron/core/services/sealed-notes.ts), never text; drafts of notes likewise. Raised
 * risk flags are rows of their own, waiting on the manager's Home until acknowledged.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE counselling_sessions (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('individual','group','family')),
    title TEXT,
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    counsellor_id TEXT NOT NULL REFERENCES users(id),
    topics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics)),
    topics_other TEXT NOT NULL DEFAULT '',
    next_session_on TEXT,
    sealed_notes BLOB,
    created_at TEXT NOT NULL,
    created_by TEXT REFERENCES users(id),
    updated_at TEXT NOT NULL,
    updated_by TEXT REFERENCES users(id)
  )`.execute(db);
  await sql`CREATE INDEX counselling_sessions_counsellor ON counselling_sessions(counsellor_id, starts_at)`.execute(db);
  await sql`CREATE TABLE counselling_participants (
    session_id TEXT NOT NULL REFERENCES counselling_sessions(id) ON DELETE CASCADE,
    resident_id TEXT NOT NULL REFERENCES residents(id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    attendance TEXT NOT NULL CHECK (attendance IN ('scheduled','attended','missed','cancelled_by_resident','cancelled_by_staff')),
    who5 TEXT CHECK (who5 IS NULL OR json_valid(who5)),
    who5_score INTEGER CHECK (who5_score IS NULL OR who5_score BETWEEN 0 AND 100),
    distress INTEGER CHECK (distress IS NULL OR distress BETWEEN 0 AND 10),
    risk_flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(risk_flags)),
    goal_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(goal_ids)),
    PRIMARY KEY (session_id, resident_id)
  )`.execute(db);
  await sql`CREATE INDEX counselling_participants_resident ON counselling_participants(resident_id, starts_at)`.execute(db);
  await sql`CREATE TABLE counselling_risk_flags (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES counselling_sessions(id) ON DELETE CASCADE,
    flag TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    raised_by TEXT REFERENCES users(id),
    acknowledged_at TEXT,
    acknowledged_by TEXT REFERENCES users(id),
    UNIQUE (session_id, resident_id, flag)
  )`.execute(db);
  await sql`CREATE INDEX counselling_risk_flags_open ON counselling_risk_flags(raised_at) WHERE acknowledged_at IS NULL`.execute(db);
  await sql`CREATE TABLE counselling_note_drafts (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    resident_id TEXT NOT NULL REFERENCES residents(id) ON DELETE CASCADE,
    session_key TEXT NOT NULL,
    sealed BLOB NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (user_id, resident_id, session_key)
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['counselling_note_drafts', 'counselling_risk_flags', 'counselling_participants', 'counselling_sessions'])
    await db.schema.dropTable(t).execute();
}

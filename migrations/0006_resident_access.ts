/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Need-to-know access. Frozen once released.
 *
 * A vault that already holds its organisation was made before the setting existed: its
 * staff open every file today, so it keeps "every counsellor and social worker" until a
 * manager changes it. A new vault runs this before setup and gets the default (assigned
 * staff only). Breaking the glass is recorded in a table of its own (the reason's text is
 * kept here, inside the encrypted database, never in the audit log).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`INSERT INTO settings (key, value, updated_at, updated_by)
    SELECT 'residentAccess', '"all"', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NULL
    WHERE EXISTS (SELECT 1 FROM organisation)
    ON CONFLICT(key) DO NOTHING`.execute(db);

  await db.schema
    .createTable('break_glass')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('break_glass_at').on('break_glass').column('at').execute();
  await db.schema.createIndex('break_glass_resident_user').on('break_glass').columns(['resident_id', 'user_id', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('break_glass').execute();
  await sql`DELETE FROM settings WHERE key = 'residentAccess'`.execute(db);
}

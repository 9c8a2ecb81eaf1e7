/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Correction requests (Law 058/2021: the right to have wrong data corrected): what the
 * resident says is wrong and when it was received, the changes made through the normal
 * screens that answer it (audit log sequence numbers, so the fields changed are the log's
 * own record), and the answer's date and outcome. Frozen once released.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('correction_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    /** In her words, as recorded by staff: resident data, inside the encrypted database only. */
    .addColumn('request', 'text', (c) => c.notNull())
    /** JSON array of audit_log.seq of the changes that answer it. */
    .addColumn('linked_seqs', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(linked_seqs)`),
    )
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome IS NULL OR outcome IN ('corrected', 'refused')`))
    .addColumn('answered_on', 'text')
    .addColumn('answer_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint('correction_answer_whole', sql`(outcome IS NULL) = (answered_on IS NULL)`)
    .execute();
  await db.schema.createIndex('correction_requests_resident').on('correction_requests').columns(['resident_id', 'received_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('correction_requests').execute();
}

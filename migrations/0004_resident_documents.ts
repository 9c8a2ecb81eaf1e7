/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Resident documents (scans and photos) and referrals out. Frozen once released.
 *
 * The bytes sit in their own table so listing a file's documents never pages blobs in;
 * the database is SQLCipher-encrypted, so they are encrypted at rest like every other
 * row, and secure_delete overwrites them when a manager removes a document.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('id_document','medical','legal','consent_form','photo','other')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull().check(sql`media_type IN ('application/pdf','image/jpeg','image/png')`))
    .addColumn('byte_size', 'integer', (c) => c.notNull().check(sql`byte_size > 0 AND byte_size <= 20971520`))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addColumn('removed_by', 'text', (c) => c.references('users.id'))
    .addColumn('removed_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('documents_resident').on('documents').columns(['resident_id', 'created_at']).execute();

  await db.schema
    .createTable('document_contents')
    .addColumn('document_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('referrals_out')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id').onDelete('cascade'))
    .addColumn('organisation_type', 'text', (c) =>
      c.notNull().check(sql`organisation_type IN ('health','legal_aid','rib','isange','education','vocational_training','other')`),
    )
    .addColumn('organisation_name', 'text')
    .addColumn('reason', 'text')
    .addColumn('referred_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('planned','sent','accepted','in_progress','completed','declined','cancelled')`),
    )
    .addColumn('status_on', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint('referrals_out_status_after_referral', sql`status_on >= referred_on`)
    .execute();
  await db.schema.createIndex('referrals_out_resident').on('referrals_out').columns(['resident_id', 'referred_on']).execute();

  // Every status a referral has had, oldest first: a change adds a row, none is rewritten.
  await db.schema
    .createTable('referral_out_statuses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referral_id', 'text', (c) => c.notNull().references('referrals_out.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('planned','sent','accepted','in_progress','completed','declined','cancelled')`),
    )
    .addColumn('status_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .createIndex('referral_out_statuses_referral')
    .on('referral_out_statuses')
    .columns(['referral_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('referral_out_statuses').execute();
  await db.schema.dropTable('referrals_out').execute();
  await db.schema.dropTable('document_contents').execute();
  await db.schema.dropTable('documents').execute();
}

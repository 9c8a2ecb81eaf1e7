/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Care of a resident: who looks after her and how worried the team is (columns on residents,
 * so the residents list filters on them with an index), her trafficking profile (one row per
 * resident, CTDC-level values) and her consents (one row per consent given; a withdrawal
 * closes the row, a new consent is a new row). Frozen once released.
 *
 * The value lists of the CHECK constraints are deliberately absent for the profile: its
 * enumerations will grow with the data standards and a CHECK would need a table rebuild for
 * each new value. Core validates every value against shared/enums/trafficking.ts instead.
 * Consent purposes, methods and givers are fixed by the law and checked here too.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('residents')
    .addColumn('social_worker_id', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .alterTable('residents')
    .addColumn('counsellor_id', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .alterTable('residents')
    .addColumn('risk_level', 'text', (c) =>
      c
        .notNull()
        .defaultTo('none')
        .check(sql`risk_level IN ('none','moderate','high')`),
    )
    .execute();
  await db.schema.createIndex('residents_risk_level_sort_name').on('residents').columns(['risk_level', 'sort_name']).execute();
  await db.schema.createIndex('residents_social_worker_sort_name').on('residents').columns(['social_worker_id', 'sort_name']).execute();
  await db.schema.createIndex('residents_counsellor_sort_name').on('residents').columns(['counsellor_id', 'sort_name']).execute();

  // Multi-select fields are JSON arrays of enumeration ids (as residents.other_names).
  await db.schema
    .createTable('trafficking_profiles')
    .addColumn('resident_id', 'text', (c) => c.primaryKey().references('residents.id').onDelete('cascade'))
    .addColumn('trafficking_status', 'text')
    .addColumn('exploitation_types', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(exploitation_types)`),
    )
    .addColumn('labour_sectors', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(labour_sectors)`),
    )
    .addColumn('sexual_exploitation_types', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(sexual_exploitation_types)`),
    )
    .addColumn('means_of_control', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(means_of_control)`),
    )
    .addColumn('recruitment_methods', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(recruitment_methods)`),
    )
    .addColumn('recruiter_relationships', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(recruiter_relationships)`),
    )
    .addColumn('exploitation_countries', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(exploitation_countries)`),
    )
    .addColumn('internal_movement', 'text')
    .addColumn('exploitation_place', 'text')
    .addColumn('employment_at_recruitment', 'text')
    .addColumn('recruited_on', 'text')
    .addColumn('exited_on', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint(
      'trafficking_profiles_exit_after_recruitment',
      sql`exited_on IS NULL OR recruited_on IS NULL OR exited_on >= recruited_on`,
    )
    .execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose IN ('services','data_storage','sharing','follow_up_contact')`))
    /** JSON array of partner organisation names; only a sharing consent names any. */
    .addColumn('partners', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(partners)`),
    )
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method IN ('written','oral_witnessed')`))
    .addColumn('witness_name', 'text')
    .addColumn('given_by', 'text', (c) => c.notNull().check(sql`given_by IN ('resident','guardian')`))
    .addColumn('guardian_name', 'text')
    .addColumn('guardian_relationship', 'text')
    .addColumn('notes', 'text')
    .addColumn('withdrawn_on', 'text')
    .addColumn('withdrawal_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint('consents_oral_has_witness', sql`method <> 'oral_witnessed' OR witness_name IS NOT NULL`)
    .addCheckConstraint('consents_guardian_named', sql`given_by <> 'guardian' OR guardian_name IS NOT NULL`)
    .addCheckConstraint('consents_withdrawn_after_given', sql`withdrawn_on IS NULL OR withdrawn_on >= given_on`)
    .execute();
  await db.schema.createIndex('consents_resident_purpose').on('consents').columns(['resident_id', 'purpose', 'given_on']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consents').execute();
  await db.schema.dropTable('trafficking_profiles').execute();
  await db.schema.dropIndex('residents_counsellor_sort_name').execute();
  await db.schema.dropIndex('residents_social_worker_sort_name').execute();
  await db.schema.dropIndex('residents_risk_level_sort_name').execute();
  await db.schema.alterTable('residents').dropColumn('risk_level').execute();
  await db.schema.alterTable('residents').dropColumn('counsellor_id').execute();
  await db.schema.alterTable('residents').dropColumn('social_worker_id').execute();
}

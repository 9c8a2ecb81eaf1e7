/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * The outreach and training log: community awareness sessions, trainings, school talks,
 * media work and campaigns. About the shelter's work, never about one resident: no column
 * points at a resident. Types and audiences grow with practice, so core checks them against
 * shared/enums/outreach.ts rather than a CHECK constraint. Frozen once released.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outreach_activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('district', 'text')
    .addColumn('sector', 'text')
    .addColumn('camp', 'text')
    /** JSON array of partner ids from the directory. */
    .addColumn('partner_ids', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(partner_ids)`),
    )
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('female_under_18', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`female_under_18 >= 0`),
    )
    .addColumn('female_adult', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`female_adult >= 0`),
    )
    .addColumn('male_under_18', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`male_under_18 >= 0`),
    )
    .addColumn('male_adult', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`male_adult >= 0`),
    )
    /** JSON array of user ids of the staff present. */
    .addColumn('staff_ids', 'text', (c) =>
      c
        .notNull()
        .defaultTo('[]')
        .check(sql`json_valid(staff_ids)`),
    )
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint('outreach_place_given', sql`district IS NOT NULL OR camp IS NOT NULL`)
    .execute();
  await db.schema.createIndex('outreach_activities_held_on').on('outreach_activities').columns(['held_on', 'type']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outreach_activities').execute();
}

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';

/**
 * Reintegration: one plan per resident, the follow-up visits of the year after she leaves,
 * and case closures (a reopening keeps the closure as history). Frozen once released.
 *
 * What the plan holds beyond what is searched or sorted on (household contact, authority,
 * family assessment, support package, risk reasons, her wishes) is one JSON column: it is
 * read and written as a whole, inside the encrypted database like every other column.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const stamps = (t: any) =>
    t
      .addColumn('created_at', 'text', (c: any) => c.notNull())
      .addColumn('created_by', 'text', (c: any) => c.references('users.id'))
      .addColumn('updated_at', 'text', (c: any) => c.notNull())
      .addColumn('updated_by', 'text', (c: any) => c.references('users.id'));

  await stamps(
    db.schema
      .createTable('reintegration_plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('resident_id', 'text', (c) => c.notNull().unique().references('residents.id'))
      .addColumn('destination_type', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('province', 'text')
      .addColumn('district', 'text')
      .addColumn('sector', 'text')
      .addColumn('cell', 'text')
      .addColumn('village', 'text')
      .addColumn('place', 'text')
      .addColumn('risk', 'text', (c) => c.notNull())
      .addColumn('planned_exit_on', 'text')
      .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}')),
  ).execute();

  await stamps(
    db.schema
      .createTable('reintegration_visits')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
      .addColumn('month', 'integer')
      .addColumn('due_on', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('due', 'done', 'not_to_be_made')`))
      .addColumn('reschedules', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('visited_on', 'text')
      .addColumn('mode', 'text')
      .addColumn('visitors', 'text')
      .addColumn('reached', 'integer')
      .addColumn('findings', 'text')
      .addColumn('ratings', 'text')
      .addColumn('economic', 'real')
      .addColumn('social', 'real')
      .addColumn('psychosocial', 'real')
      .addColumn('composite', 'real')
      .addColumn('new_risks', 'text')
      .addColumn('actions_agreed', 'text')
      .addColumn('referral_out_id', 'text', (c) => c.references('referrals_out.id'))
      .addColumn('cancelled_because', 'text'),
  ).execute();
  // My visits and the Home cards: due visits by date; the tab: one resident's year.
  await db.schema.createIndex('reintegration_visits_due').on('reintegration_visits').columns(['status', 'due_on']).execute();
  // The attention list: visits recorded within a window, by date.
  await db.schema.createIndex('reintegration_visits_done').on('reintegration_visits').columns(['status', 'visited_on']).execute();
  await db.schema.createIndex('reintegration_visits_resident').on('reintegration_visits').columns(['resident_id', 'due_on']).execute();

  await db.schema
    .createTable('reintegration_closures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resident_id', 'text', (c) => c.notNull().references('residents.id'))
    .addColumn('closed_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .addColumn('closed_by', 'text', (c) => c.references('users.id'))
    .addColumn('reopened_at', 'text')
    .addColumn('reopened_by', 'text', (c) => c.references('users.id'))
    .addColumn('reopen_reason', 'text')
    .execute();
  await db.schema
    .createIndex('reintegration_closures_resident')
    .on('reintegration_closures')
    .columns(['resident_id', 'closed_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reintegration_closures').execute();
  await db.schema.dropTable('reintegration_visits').execute();
  await db.schema.dropTable('reintegration_plans').execute();
}

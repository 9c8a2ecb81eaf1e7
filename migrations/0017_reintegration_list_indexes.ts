/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import type { Kysely } from 'kysely';

/**
 * My visits at scale. The due list is ordered by date then id: with the id in the index
 * SQLite no longer sorts the shelter's due visits for a manager's page. The attention list
 * reads each person's recorded visits in order with their outcome and score straight from
 * an index, never from the table or a sort. Frozen once released.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reintegration_visits_due').execute();
  await db.schema.createIndex('reintegration_visits_due').on('reintegration_visits').columns(['status', 'due_on', 'id']).execute();
  await db.schema
    .createIndex('reintegration_visits_done_by_resident')
    .on('reintegration_visits')
    .columns(['status', 'resident_id', 'visited_on', 'reached', 'composite'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reintegration_visits_done_by_resident').execute();
  await db.schema.dropIndex('reintegration_visits_due').execute();
  await db.schema.createIndex('reintegration_visits_due').on('reintegration_visits').columns(['status', 'due_on']).execute();
}

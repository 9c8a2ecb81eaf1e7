/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import type { Kysely } from 'kysely';

/**
 * Reports at scale. A year's counselling attendance and WHO-5 change read the participations
 * that started in the period, oldest first, with their attendance and score: a range of this
 * index, where the whole table was scanned and sorted. The anonymised export's research
 * consents are read from an index in resident order, with every column the in-force rule
 * needs, instead of the whole consents table and its notes. The reintegration scores at 6 and
 * 12 months read one month's recorded visits in the period in date order with their outcome
 * and score: a range of the last index, where every recorded visit of the period was looked
 * up in the table. Frozen once released.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('counselling_participants_by_start')
    .on('counselling_participants')
    .columns(['starts_at', 'resident_id', 'attendance', 'who5_score'])
    .execute();
  await db.schema
    .createIndex('consents_purpose_in_force')
    .on('consents')
    .columns(['purpose', 'resident_id', 'decision', 'given_on', 'withdrawn_on', 'given_by', 'created_at'])
    .execute();
  await db.schema
    .createIndex('reintegration_visits_done_by_month')
    .on('reintegration_visits')
    .columns(['status', 'month', 'visited_on', 'resident_id', 'reached', 'composite'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reintegration_visits_done_by_month').execute();
  await db.schema.dropIndex('consents_purpose_in_force').execute();
  await db.schema.dropIndex('counselling_participants_by_start').execute();
}

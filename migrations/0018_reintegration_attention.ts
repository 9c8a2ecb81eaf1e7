/* eslint-disable @typescript-eslint/no-explicit-any -- migrations run against whatever schema came before */
import { sql, type Kysely } from 'kysely';
import { attentionSummary, type DoneVisit } from '../shared/domain/reintegration-score';

/**
 * The attention summary: one row per resident with a recorded follow-up visit, saying
 * whether her score is falling or she was not reached twice in a row (and from which
 * visit), her last composite and when she was last visited. The visit service keeps it
 * in the same transaction as every visit write, so My visits' attention list is one
 * indexed query instead of reading every recorded visit of the shelter. Filled here
 * from the visits already recorded, by the app's own rule (attentionSummary). Frozen
 * once released.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reintegration_attention')
    .addColumn('resident_id', 'text', (c) => c.primaryKey().references('residents.id'))
    .addColumn('last_visited_on', 'text', (c) => c.notNull())
    .addColumn('falling_from', 'text')
    .addColumn('unreached_from', 'text')
    .addColumn('last_composite', 'real')
    .addColumn('last_composite_on', 'text')
    .addColumn('needs_attention', 'integer', (c) => c.notNull().check(sql`needs_attention IN (0, 1)`))
    .execute();
  // The attention list, newest visit first, and its total: a range of the flagged people
  // read from the index alone (the reasons' dates ride along for the window check).
  await db.schema
    .createIndex('reintegration_attention_list')
    .on('reintegration_attention')
    .columns(['needs_attention', 'last_visited_on', 'resident_id', 'falling_from', 'unreached_from'])
    .execute();

  const rows = (
    await sql<{ resident_id: string; visited_on: string; reached: number | null; composite: number | null }>`
      SELECT resident_id, visited_on, reached, composite FROM reintegration_visits
      WHERE status = 'done' AND visited_on IS NOT NULL ORDER BY resident_id, visited_on, id`.execute(db)
  ).rows;
  const summaries: Record<string, unknown>[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    const done: DoneVisit[] = [];
    for (; j < rows.length && rows[j]!.resident_id === rows[i]!.resident_id; j++)
      done.push({ visitedOn: rows[j]!.visited_on, reached: rows[j]!.reached === 1, composite: rows[j]!.composite });
    const s = attentionSummary(done)!;
    summaries.push({
      resident_id: rows[i]!.resident_id,
      last_visited_on: s.lastVisitedOn,
      falling_from: s.fallingFrom,
      unreached_from: s.unreachedFrom,
      last_composite: s.lastComposite,
      last_composite_on: s.lastCompositeOn,
      needs_attention: s.fallingFrom !== null || s.unreachedFrom !== null ? 1 : 0,
    });
    i = j;
  }
  // SQLite allows 32,766 bound values per statement: 7 columns, well under in batches of 1,000.
  for (let k = 0; k < summaries.length; k += 1000)
    await db
      .insertInto('reintegration_attention')
      .values(summaries.slice(k, k + 1000))
      .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reintegration_attention').execute();
}

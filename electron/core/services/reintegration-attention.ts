import type { AttentionCursor, MyVisits } from '../../../shared/domain/reintegration';
import { attentionRow, attentionSummary } from '../../../shared/domain/reintegration-score';
import type { AppDb } from '../db/kysely';
import { reintegrationListsRepo } from '../repositories/reintegration-lists';
import { addDays } from './reintegration-dates';

/** The attention list: people whose latest visit is this recent… */
export const ATTENTION_DAYS = 180;
/** …judged on the visits of this window, long enough to hold the two before it (6 and 12 months apart at most). */
export const ATTENTION_WINDOW_DAYS = 400;

/**
 * Recomputes her attention summary (table reintegration_attention) from her recorded
 * visits. Called inside the transaction of every write to her visits (record, reschedule,
 * schedule, closure, reopening, readmission, consent withdrawal, demo data), so the
 * summary never disagrees with the visits; erasure removes her row with the rest of her
 * data (rights/resident-data-map.ts).
 */
export async function refreshAttention(trx: AppDb, residentId: string): Promise<void> {
  const done = await reintegrationListsRepo.doneOf(trx, residentId);
  const s = attentionSummary(done.map((v) => ({ visitedOn: v.visited_on, reached: v.reached === 1, composite: v.composite })));
  if (!s) {
    await reintegrationListsRepo.dropAttention(trx, residentId);
    return;
  }
  await reintegrationListsRepo.saveAttention(trx, attentionRow(residentId, s));
}

type AttentionPage = Omit<MyVisits['attention'], 'total'>;

/** The window of the attention list on a given day. */
function window(today: string) {
  return { recent: addDays(today, -ATTENTION_DAYS), since: addDays(today, -ATTENTION_WINDOW_DAYS) };
}

/**
 * A page of the people needing attention on `today` (score falling or not reached twice
 * in a row, judged on the window's visits), latest visit first, after a cursor; `owner`
 * narrows to a social worker's residents (null: everyone, for a manager).
 */
export async function attentionPage(
  db: AppDb,
  today: string,
  owner: string | null,
  after: AttentionCursor | null,
  limit: number,
): Promise<AttentionPage> {
  const { recent, since } = window(today);
  const rows = await reintegrationListsRepo.attentionPage(db, recent, since, after, limit + 1, owner);
  const items = rows.slice(0, limit).map((r) => ({
    residentId: r.resident_id,
    code: r.code,
    displayName: r.display_name,
    reasons: [
      ...(r.falling_from !== null && r.falling_from >= since ? (['falling'] as const) : []),
      ...(r.unreached_from !== null && r.unreached_from >= since ? (['not_reached_twice'] as const) : []),
    ],
    lastComposite: r.last_composite_on !== null && r.last_composite_on >= since ? r.last_composite : null,
  }));
  const last = rows.length > limit ? rows[limit - 1]! : null;
  return { items, next: last ? { lastVisitedOn: last.last_visited_on, residentId: last.resident_id } : null };
}

export async function attentionTotal(db: AppDb, today: string, owner: string | null): Promise<number> {
  const { recent, since } = window(today);
  return reintegrationListsRepo.attentionTotal(db, recent, since, owner);
}

import { ACCESS_CATEGORIES, type AccessCategory } from '../../../shared/access/table';
import type { Holdings } from '../../../shared/rights/breach';
import type { SqliteDb } from '../db/open';
import { RESIDENT_TABLES } from './resident-data-map';
import { categoryOfTable } from './table-categories';

/**
 * Who and what a database holds, counted without naming anyone: residents, and per category
 * those with a record in one of its tables (the data map's tables with a resident column
 * and a creation time, and the audit entries about her). With `heldAt`, only what existed
 * then: a reconstruction from the live vault of what an older copy held, which cannot count
 * residents erased since (their rows are gone). Run on a backup's snapshot, it is exact.
 */
export function residentHoldings(db: SqliteDb, heldAt: string | null): Holdings {
  const columns = (table: string) => db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
  const upTo = (column: string) => (heldAt === null ? '1' : `${column} <= ?`);
  const args = heldAt === null ? [] : [heldAt];
  const residents = db
    .prepare(`SELECT count(*) FROM residents WHERE ${upTo('created_at')}`)
    .pluck()
    .get(...args) as number;
  const parts = new Map<AccessCategory, string[]>();
  for (const t of RESIDENT_TABLES) {
    const category = categoryOfTable(t.table);
    if (!category) continue;
    let select: string | null = null;
    if (t.link.kind === 'self' && columns(t.table).includes('created_at'))
      select = `SELECT id AS rid FROM residents WHERE ${upTo('created_at')}`;
    else if (t.link.kind === 'column' && columns(t.table).includes('created_at'))
      select = `SELECT "${t.link.column}" AS rid FROM "${t.table}" WHERE ${upTo('created_at')}`;
    else if (t.link.kind === 'audit-subject')
      select = `SELECT target_id AS rid FROM audit_log WHERE target_type = 'resident' AND ${upTo('at')}`;
    if (select) parts.set(category, [...(parts.get(category) ?? []), select]);
  }
  const categories: Holdings['categories'] = [];
  for (const category of ACCESS_CATEGORIES) {
    const selects = parts.get(category);
    if (!selects) continue;
    const n = db
      .prepare(`SELECT count(DISTINCT rid) FROM (${selects.join(' UNION ALL ')})`)
      .pluck()
      .get(...selects.flatMap(() => args)) as number;
    if (n > 0) categories.push({ category, residents: n });
  }
  return { residents, categories };
}

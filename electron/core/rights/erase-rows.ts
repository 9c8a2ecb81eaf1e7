import type { SqliteDb } from '../db/open';
import { RESIDENT_TABLES, herDrafts, type ResidentTable } from './resident-data-map';

/**
 * Removes one resident's rows from every table the data map names, in one transaction,
 * from whatever connection holds the database (the live session, a restore's staging
 * copy, a `previous-…` folder). Foreign keys are checked at commit, so the order of the
 * map does not matter. Search indexes and the shared name-word list are rebuilt from
 * what remains, so no word of hers survives in an FTS segment. Returns rows removed per
 * table (null when she is not in this database).
 */
export function eraseResidentRows(db: SqliteDb, residentId: string): Record<string, number> | null {
  const her = db.prepare('SELECT row_num FROM residents WHERE id = ?').get(residentId) as { row_num: number } | undefined;
  if (!her) return null;
  const removed: Record<string, number> = {};
  const run = (table: string, sql: string, args: unknown[]) => {
    const n = db.prepare(sql).run(...args).changes;
    if (n) removed[table] = (removed[table] ?? 0) + n;
  };
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    // Children and shared rows first, while their parents still say whose they are.
    for (const t of ordered(RESIDENT_TABLES)) {
      const w = rowsOf(t, residentId, her.row_num, 'erase');
      if (w) run(t.table, `DELETE FROM ${t.table} WHERE ${w.where}`, w.args);
    }
    // Her own row last: its delete triggers take her out of the search indexes.
    run('residents', 'DELETE FROM residents WHERE id = ?', [residentId]);
    const words = dropUnusedNameWords(db);
    if (words) removed.resident_name_words = words;
  })();
  rebuildSearchIndexes(db);
  return removed;
}

/** Rows of hers per table (tables with none left out), for the confirmation and the access export. */
export function countResidentRows(db: SqliteDb, residentId: string): Record<string, number> {
  const her = db.prepare('SELECT row_num FROM residents WHERE id = ?').get(residentId) as { row_num: number } | undefined;
  if (!her) return {};
  const out: Record<string, number> = {};
  for (const t of RESIDENT_TABLES) {
    const w = t.link.kind === 'self' ? { where: 'id = ?', args: [residentId] } : rowsOf(t, residentId, her.row_num, 'count');
    if (!w) continue;
    const n = db
      .prepare(`SELECT count(*) FROM ${t.table} WHERE ${w.where}`)
      .pluck()
      .get(...w.args) as number;
    if (n) out[t.table] = n;
  }
  return out;
}

/**
 * Her rows of one table as a WHERE clause. Search indexes, the shared vocabulary and the
 * audit log have none of their own to delete (indexes are rebuilt, audit entries stay:
 * the log is append-only and holds ids and actions, not her words). A shared row is
 * hers to erase only when nobody else is in it; counted, every one she is in.
 */
function rowsOf(
  t: ResidentTable,
  residentId: string,
  rowNum: number,
  purpose: 'erase' | 'count',
): { where: string; args: unknown[] } | null {
  const l = t.link;
  switch (l.kind) {
    case 'column':
      return { where: `${l.column} = ?`, args: [residentId] };
    case 'parent': {
      const byRow = l.parentTable === 'residents';
      return {
        where: `${l.column} IN (SELECT ${l.parentColumn} FROM ${l.parentTable} WHERE ${byRow ? 'row_num' : 'resident_id'} = ?)`,
        args: [byRow ? rowNum : residentId],
      };
    }
    case 'shared': {
      const mine = `${l.column} IN (SELECT ${l.viaColumn} FROM ${l.via} WHERE resident_id = ?)`;
      if (purpose === 'count') return { where: mine, args: [residentId] };
      const alone = `NOT EXISTS (SELECT 1 FROM ${l.via} o WHERE o.${l.viaColumn} = ${t.table}.${l.column} AND o.resident_id <> ?)`;
      return { where: `${mine} AND ${alone}`, args: [residentId, residentId] };
    }
    case 'draft-key':
      return herDrafts(residentId);
    case 'audit-subject':
      return purpose === 'count' ? { where: `${l.typeColumn} = 'resident' AND ${l.idColumn} = ?`, args: [residentId] } : null;
    default:
      return null;
  }
}

/** Parents after children: a `parent` link reads its parent table, so it runs before that table's own delete. */
function ordered(tables: readonly ResidentTable[]): ResidentTable[] {
  const rank = (t: ResidentTable) => (t.link.kind === 'parent' ? 0 : t.link.kind === 'shared' ? 1 : 2);
  return [...tables].sort((a, b) => rank(a) - rank(b));
}

/**
 * The shared near-spelling vocabulary keeps a word only while some resident's name still
 * holds it; run after her `resident_words` rows are gone. Returns the words dropped.
 */
export function dropUnusedNameWords(db: SqliteDb): number {
  return db.prepare('DELETE FROM resident_name_words WHERE word NOT IN (SELECT word FROM resident_words)').run().changes;
}

/**
 * An FTS5 delete only records a tombstone; the deleted words stay in the index's segments
 * until they are merged. External-content indexes are rebuilt from their tables;
 * the contentless one is merged whole, which drops deleted rows.
 */
export function rebuildSearchIndexes(db: SqliteDb): void {
  db.exec(`INSERT INTO resident_search(resident_search) VALUES ('rebuild')`);
  db.exec(`INSERT INTO resident_name_word_search(resident_name_word_search) VALUES ('rebuild')`);
  db.exec(`INSERT INTO resident_shown_search(resident_shown_search) VALUES ('optimize')`);
}

/**
 * Freed pages are zeroed by secure_delete, but the WAL still holds the pages as they were
 * and the file keeps its free list: checkpoint and truncate the WAL, rewrite the file
 * (VACUUM), and truncate the WAL VACUUM wrote.
 */
export function compactDatabase(db: SqliteDb): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}

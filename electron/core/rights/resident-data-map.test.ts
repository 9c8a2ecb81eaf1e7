import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyVault, setupVault, TempDirs, type VaultTemplate } from '../testing/vault-fixture';
import { dataKeyOf, openRaw } from '../testing/raw-db';
import type { SqliteDb } from '../db/open';
import { RESIDENT_TABLES, TABLES_WITHOUT_RESIDENT_DATA, tablesNotInMap } from './resident-data-map';
import { AUDIT_EXPORT_COLUMNS } from './access-export-collect';
import { EXPORT_HIDDEN_COLUMNS, EXPORT_VALUES } from '../../../shared/rights/export-fields';
import { catalogs, translate } from '../../../shared/i18n/translate';

/**
 * The data map against a vault set up by the real Core (every migration run, encrypted):
 * every table SQLite holds must be in the map, and every column the map names must exist,
 * so an export or an erasure built on the map cannot miss a table or query a wrong one.
 */
const dirs = new TempDirs();
let template: VaultTemplate;
let dek: Buffer;
beforeAll(async () => {
  const made = await setupVault(dirs.make('map'));
  template = made.template;
  await made.core.close();
  dek = await dataKeyOf(template.dir, template.recoveryKey);
});
afterAll(() => {
  dek?.fill(0);
  return dirs.cleanup();
});

function withDb<T>(use: (db: SqliteDb) => T): T {
  const db = openRaw(copyVault(template.dir, dirs, 'raw'), dek);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

const tables = (db: SqliteDb) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
const columns = (db: SqliteDb, table: string) =>
  (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((r) => r.name);

describe('resident data map', () => {
  it('names every table of a migrated vault, as holding her data or not', () => {
    withDb((db) => {
      const names = tables(db);
      expect(names.length).toBeGreaterThan(30);
      expect(tablesNotInMap(names)).toEqual([]);
    });
  });

  it('lists no table twice and none that does not exist', () => {
    withDb((db) => {
      const names = new Set(tables(db));
      const mapped = [...RESIDENT_TABLES.map((t) => t.table), ...Object.keys(TABLES_WITHOUT_RESIDENT_DATA)];
      expect(mapped.length).toBe(new Set(mapped).size);
      expect(mapped.filter((t) => !names.has(t))).toEqual([]);
    });
  });

  it('names only columns that exist', () => {
    withDb((db) => {
      const missing: string[] = [];
      const need = (table: string, column: string) => {
        if (!columns(db, table).includes(column)) missing.push(`${table}.${column}`);
      };
      for (const { table, link } of RESIDENT_TABLES) {
        if (link.kind === 'self' || link.kind === 'column') need(table, link.column);
        if (link.kind === 'parent') {
          need(table, link.column);
          need(link.parentTable, link.parentColumn);
        }
        if (link.kind === 'shared') {
          need(table, link.column);
          need(link.via, link.viaColumn);
        }
        if (link.kind === 'audit-subject') {
          need(table, link.typeColumn);
          need(table, link.idColumn);
        }
        if (link.kind === 'draft-key') need(table, link.column);
      }
      expect(missing).toEqual([]);
    });
  });

  it('every table with a resident_id column is mapped as hers', () => {
    withDb((db) => {
      const withId = tables(db).filter((t) => columns(db, t).includes('resident_id'));
      const hers = new Set(RESIDENT_TABLES.map((t) => t.table));
      expect(withId.filter((t) => !hers.has(t))).toEqual([]);
    });
  });

  it('every column the access export prints has a label, every table a heading, every stored enumeration value its words, in each language', () => {
    withDb((db) => {
      const unlabelled: string[] = [];
      for (const { table, link } of RESIDENT_TABLES) {
        if (link.kind === 'search-index' || link.kind === 'vocabulary') continue;
        if (!Object.hasOwn(catalogs.en.accessExport.table, table)) unlabelled.push(table);
        const printed = link.kind === 'audit-subject' ? AUDIT_EXPORT_COLUMNS : columns(db, table);
        for (const c of printed)
          if (!EXPORT_HIDDEN_COLUMNS.has(c) && !Object.hasOwn(catalogs.en.accessExport.field, c)) unlabelled.push(`${table}.${c}`);
        for (const c of Object.keys(EXPORT_VALUES[table] ?? {}))
          if (!printed.includes(c)) unlabelled.push(`${table}.${c} (no such column)`);
      }
      expect(unlabelled).toEqual([]);
      const missing: string[] = [];
      for (const columnsOf of Object.values(EXPORT_VALUES))
        for (const how of Object.values(columnsOf))
          if (how.kind === 'enum' || how.kind === 'enumList')
            for (const v of how.values)
              for (const locale of ['en', 'fr', 'rw'] as const)
                if (translate(locale, `${how.prefix}.${v}`) === '…') missing.push(`${locale}: ${how.prefix}.${v}`);
      expect(missing).toEqual([]);
    });
  });

  it('reports a table a later migration adds without mapping it', () => {
    withDb((db) => {
      db.exec('CREATE TABLE resident_hobbies (resident_id TEXT, hobby TEXT)');
      expect(tablesNotInMap(tables(db))).toEqual(['resident_hobbies']);
    });
  });
});

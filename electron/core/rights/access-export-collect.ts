import { CompiledQuery, sql } from 'kysely';
import { allows, type AccessCategory } from '../../../shared/access/table';
import { AppError } from '../../../shared/errors';
import type { AppDb } from '../db/kysely';
import { relationTo } from '../access/relation';
import type { Session } from '../session';
import { openBytes, openMeta } from '../services/sealed-documents';
import { openDraft, openNotes } from '../services/sealed-notes';
import { RESIDENT_TABLES, herDrafts, type ResidentTable } from './resident-data-map';
import { categoryOfTable } from './table-categories';

type Row = Record<string, unknown>;

/** One table of the data map in the export: its rows, or why they are not there. */
export type ExportedTable =
  | { table: string; category: AccessCategory; holds: string; rows: Row[] }
  /** A search index or shared word list built from her rows above: nothing in it that is not in them. */
  | { table: string; category: AccessCategory; holds: string; derivedFrom: 'residents' }
  /** Not the exporting person's to read (counselling, for a social worker). */
  | { table: string; category: AccessCategory; holds: string; withheld: true };

export interface DocumentFile {
  /** The name in the export folder's `documents/` part. */
  fileName: string;
  documentId: string;
  bytes: Buffer;
}

export interface AccessExportData {
  residentId: string;
  code: string;
  tables: ExportedTable[];
  documents: DocumentFile[];
  includesCounselling: boolean;
}

/** What of an audit entry about her goes into her export (not the chain's hashes). */
export const AUDIT_EXPORT_COLUMNS = ['seq', 'at', 'actor_id', 'action', 'details'];

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;

/** Her rows of one table of the map, found the way the map says. */
async function rowsOf(db: AppDb, t: ResidentTable, residentId: string, cache: Map<string, Row[]>): Promise<Row[] | null> {
  const table = sql.table(t.table);
  const link = t.link;
  switch (link.kind) {
    case 'self':
    case 'column':
      return (await sql<Row>`SELECT * FROM ${table} WHERE ${sql.ref(link.column)} = ${residentId}`.execute(db)).rows;
    case 'parent': {
      const parents = await rowsFor(db, link.parentTable, residentId, cache);
      const keys = (parents ?? []).map((p) => p[link.parentColumn]).filter((v) => v !== null && v !== undefined);
      if (keys.length === 0) return [];
      return (
        await sql<Row>`SELECT * FROM ${table} WHERE ${sql.ref(link.column)} IN (${sql.join(keys as (string | number)[])})`.execute(db)
      ).rows;
    }
    case 'shared':
      return (
        await sql<Row>`SELECT * FROM ${table} WHERE ${sql.ref(link.column)} IN (SELECT ${sql.ref(link.viaColumn)} FROM ${sql.table(link.via)} WHERE resident_id = ${residentId})`.execute(
          db,
        )
      ).rows;
    case 'audit-subject':
      return (
        await sql<Row>`SELECT ${sql.join(AUDIT_EXPORT_COLUMNS.map((c) => sql.ref(c)))} FROM audit_log WHERE target_type = 'resident' AND target_id = ${residentId} ORDER BY seq`.execute(
          db,
        )
      ).rows;
    case 'draft-key': {
      const drafts = herDrafts(residentId);
      return (await db.executeQuery<Row>(CompiledQuery.raw(`SELECT * FROM drafts WHERE ${drafts.where}`, drafts.args))).rows;
    }
    case 'search-index':
    case 'vocabulary':
      return null;
  }
}

async function rowsFor(db: AppDb, tableName: string, residentId: string, cache: Map<string, Row[]>): Promise<Row[] | null> {
  const hit = cache.get(tableName);
  if (hit) return hit;
  const t = RESIDENT_TABLES.find((x) => x.table === tableName);
  if (!t) throw new AppError('INTERNAL', `${tableName} is not in the resident data map`);
  const rows = await rowsOf(db, t, residentId, cache);
  if (rows) cache.set(tableName, rows);
  return rows;
}

/** Blobs become what they hold when the exporting person may read it, a size otherwise. */
function opened(session: Session, table: string, row: Row, mayCounselling: boolean, docs: Map<string, string>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (!isBytes(v)) {
      out[k] = v;
      continue;
    }
    if (table === 'documents' && k === 'sealed_meta') {
      const meta = session.withCategoryKey('documents', (key) => openMeta(key, row as never));
      Object.assign(out, { title: meta.title, original_name: meta.originalName, sha256: meta.sha256 });
    } else if (table === 'document_contents' && k === 'bytes') {
      out.file = docs.get(String(row.document_id)) ?? null;
    } else if (table === 'counselling_sessions' && k === 'sealed_notes') {
      out.notes = mayCounselling ? session.withCategoryKey('counselling_notes', (key) => openNotes(key, String(row.id), v)) : '[withheld]';
    } else if (table === 'counselling_note_drafts' && k === 'sealed') {
      out.notes = session.withCategoryKey('counselling_notes', (key) =>
        openDraft(key, String(row.user_id), String(row.resident_id), String(row.session_key), v),
      );
    } else out[k] = { bytes: v.length };
  }
  return out;
}

/** A file name safe on every system: separators, reserved and control characters become `_`. */
const safeName = (s: string) =>
  [...s]
    .map((c) => (c.charCodeAt(0) < 0x20 || '/\\:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 120) || 'document';

/**
 * Everything the vault holds about one resident, table by table as the resident data map
 * lists them, opened for the person making the export: counselling only when her role
 * reads it (a manager; counsellors do not make exports), documents as files.
 */
export async function collectAccessExport(session: Session, residentId: string): Promise<AccessExportData> {
  const relation = await relationTo(session, residentId);
  if (!relation) throw new AppError('NOT_FOUND', 'no such resident');
  const may = (c: AccessCategory) => allows(session.user.role, relation, c, 'read');
  const mayCounselling = may('counselling');
  const cache = new Map<string, Row[]>();
  const self = (await rowsFor(session.db, 'residents', residentId, cache))![0]!;
  const documents: DocumentFile[] = [];
  const docNames = new Map<string, string>();
  if (may('documents')) {
    const docRows = (await rowsFor(session.db, 'documents', residentId, cache)) ?? [];
    const contents = (await rowsFor(session.db, 'document_contents', residentId, cache)) ?? [];
    docRows.forEach((d, i) => {
      const content = contents.find((c) => c.document_id === d.id);
      if (!content || d.removed_at) return;
      const meta = session.withCategoryKey('documents', (key) => openMeta(key, d as never));
      const fileName = `${String(i + 1).padStart(3, '0')}-${safeName(meta.originalName)}`;
      const bytes = session.withCategoryKey('documents', (key) =>
        openBytes(key, String(d.id), { bytes: content.bytes as Uint8Array, sealed: Number(content.sealed) }),
      );
      docNames.set(String(d.id), `documents/${fileName}`);
      documents.push({ fileName, documentId: String(d.id), bytes });
    });
  }
  const tables: ExportedTable[] = [];
  for (const t of RESIDENT_TABLES) {
    const category = categoryOfTable(t.table);
    if (!category) throw new AppError('INTERNAL', `${t.table} has no category`);
    const base = { table: t.table, category, holds: t.holds };
    if (!may(category)) {
      tables.push({ ...base, withheld: true });
      continue;
    }
    const rows = await rowsFor(session.db, t.table, residentId, cache);
    if (rows === null) tables.push({ ...base, derivedFrom: 'residents' });
    else tables.push({ ...base, rows: rows.map((r) => opened(session, t.table, r, mayCounselling, docNames)) });
  }
  return { residentId, code: String(self.code), tables, documents, includesCounselling: mayCounselling };
}

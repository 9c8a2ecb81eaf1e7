import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';
import { AppError } from '../../../shared/errors';
import { DOCUMENT_MAX_BYTES, type DocumentKind, type DocumentMediaType } from '../../../shared/enums/documents';
import type {
  DocumentAttach,
  DocumentContent,
  DocumentExport,
  DocumentRemove,
  DocumentSummary,
  DocumentUpdate,
} from '../../../shared/domain/resident-documents';
import { appendAudit } from '../audit/audit-log';
import { isInside } from '../backup/locations';
import { destinationExists } from '../fs/exclusive';
import { writeExportExclusive } from './document-export-write';
import { nowIso, uuidv7 } from '../ids';
import { documentsRepo, type DocumentRow } from '../repositories/residents-documents';
import type { Session } from '../session';
import { checkContent } from './document-content-type';
import { openBytes, openMeta, sealBytes, sealMeta } from './sealed-documents';

/**
 * Scans and photos on a resident's file. The bytes live only in the encrypted database:
 * they arrive as base64 in memory, are checked there, and go straight into a row; viewing
 * returns them to the window the same way. Nothing is written to a temp file, ever.
 * Audit entries carry the document's id, kind, type and size, never its title, file
 * name or content (a title such as "HIV test result" is itself sensitive).
 *
 * Documents are a sealed category (shared/sealed-categories.ts): bytes, title, file name
 * and checksum are sealed under the documents key on write and opened on read, so the
 * data key alone (a counsellor's password and a copy of the data folder) shows none of it.
 */

function withKey<T>(session: Session, fn: (key: Buffer) => T): T {
  return session.withCategoryKey('documents', fn);
}

function toSummary(key: Buffer, r: DocumentRow): DocumentSummary {
  const meta = openMeta(key, r);
  return {
    id: r.id,
    residentId: r.resident_id,
    kind: r.kind as DocumentKind,
    title: meta.title,
    originalName: meta.originalName,
    mediaType: r.media_type as DocumentMediaType,
    byteSize: r.byte_size,
    sha256: meta.sha256,
    createdAt: r.created_at,
    createdByName: r.created_by_name,
  };
}

function auditFacts(r: Pick<DocumentRow, 'id' | 'kind' | 'media_type' | 'byte_size'>) {
  return { documentId: r.id, kind: r.kind, mediaType: r.media_type, byteSize: r.byte_size };
}

function refuseFile(code: 'DOCUMENT_TOO_LARGE' | 'DOCUMENT_TYPE_NOT_ALLOWED' | 'DOCUMENT_TYPE_MISMATCH', message: string): never {
  throw new AppError(code, message, { fields: [{ path: 'contentBase64', code, message: code }] });
}

/** Decodes and judges the file; the schema has already capped the base64 length and alphabet. */
export function decodeDocument(contentBase64: string, originalName: string): { bytes: Buffer; mediaType: DocumentMediaType } {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length > DOCUMENT_MAX_BYTES) refuseFile('DOCUMENT_TOO_LARGE', `the file is over ${DOCUMENT_MAX_BYTES} bytes`);
  const check = checkContent(bytes, originalName);
  if (!check.ok) {
    if (check.reason === 'mismatch') refuseFile('DOCUMENT_TYPE_MISMATCH', 'the file name claims another type than its content');
    refuseFile('DOCUMENT_TYPE_NOT_ALLOWED', 'only PDF, JPEG and PNG files are kept');
  }
  return { bytes, mediaType: check.mediaType };
}

export async function listDocuments(session: Session, residentId: string): Promise<DocumentSummary[]> {
  if (!(await documentsRepo.residentExists(session.db, residentId))) throw new AppError('NOT_FOUND', 'no such resident');
  const rows = await documentsRepo.listForResident(session.db, residentId);
  return withKey(session, (key) => rows.map((r) => toSummary(key, r)));
}

export async function attachDocument(session: Session, input: DocumentAttach): Promise<DocumentSummary> {
  if (!(await documentsRepo.residentExists(session.db, input.residentId))) throw new AppError('NOT_FOUND', 'no such resident');
  const { bytes, mediaType } = decodeDocument(input.contentBase64, input.originalName);
  const id = uuidv7();
  const at = nowIso();
  const by = session.user.id;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const meta = { title: input.title, originalName: input.originalName, sha256 };
  const { sealedMeta, sealedBytes } = withKey(session, (key) => ({
    sealedMeta: sealMeta(key, id, meta),
    sealedBytes: sealBytes(key, id, bytes),
  }));
  const row = {
    id,
    resident_id: input.residentId,
    kind: input.kind,
    title: '',
    original_name: '',
    media_type: mediaType,
    byte_size: bytes.length,
    sha256: '',
    sealed_meta: sealedMeta,
    created_at: at,
    created_by: by,
    updated_at: at,
    updated_by: by,
  };
  try {
    await session.db.transaction().execute(async (trx) => {
      await documentsRepo.insert(trx, row, sealedBytes);
      await appendAudit(trx, {
        action: 'resident.document_attached',
        actorId: by,
        targetType: 'resident',
        targetId: input.residentId,
        at,
        details: auditFacts(row),
      });
    });
  } finally {
    // The copy core decoded; the database now holds the only one it keeps.
    bytes.fill(0);
  }
  return {
    id,
    residentId: input.residentId,
    kind: input.kind,
    title: input.title,
    originalName: input.originalName,
    mediaType,
    byteSize: row.byte_size,
    sha256,
    createdAt: at,
    createdByName: session.user.fullName,
  };
}

async function liveDocument(session: Session, id: string): Promise<{ row: DocumentRow; summary: DocumentSummary; bytes: Buffer }> {
  const row = await documentsRepo.byId(session.db, id);
  const content = row && !row.removed_at ? await documentsRepo.content(session.db, id) : undefined;
  if (!row || !content) throw new AppError('NOT_FOUND', 'no such document');
  return withKey(session, (key) => ({ row, summary: toSummary(key, row), bytes: openBytes(key, id, content) }));
}

/** The bytes for the viewer; the view is in the audit log before they leave core. */
export async function viewDocument(session: Session, id: string): Promise<DocumentContent> {
  const { row, summary, bytes } = await liveDocument(session, id);
  await appendAudit(session.db, {
    action: 'resident.document_viewed',
    actorId: session.user.id,
    targetType: 'resident',
    targetId: row.resident_id,
    details: auditFacts(row),
  });
  try {
    return { ...summary, contentBase64: bytes.toString('base64') };
  } finally {
    bytes.fill(0);
  }
}

function badLocation(message: string): AppError {
  return new AppError('DOCUMENT_EXPORT_LOCATION_INVALID', message);
}

/**
 * The path came from a save dialog MAIN showed, but core checks it anyway: a compromised
 * window must not be able to write a resident's papers somewhere else, into the vault
 * folder, or over an existing file.
 */
export function checkExportPath(path: string, dataDir: string): string {
  if (!isAbsolute(path)) throw badLocation('the destination must be an absolute path');
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw badLocation('the destination folder does not exist');
  if (isInside(path, dataDir) || isInside(folder, dataDir)) throw badLocation("documents cannot be exported into Amizero's data folder");
  if (existsSync(path)) throw destinationExists();
  return path;
}

/**
 * An explicit, audited copy out of the vault (the one time resident data leaves the
 * encrypted database as plaintext, by a person's choice). The audit entry is committed
 * before any plaintext exists, the name is claimed exclusively (never replaced), and a
 * crash mid-write is cleaned up later: see document-export-write.ts.
 */
export async function exportDocument(
  session: Session,
  dataDir: string,
  input: DocumentExport,
  chosenPath: string,
): Promise<{ byteSize: number }> {
  const { row, bytes } = await liveDocument(session, input.id);
  try {
    const path = checkExportPath(chosenPath, dataDir);
    await writeExportExclusive(session.db, path, bytes, (trx) =>
      appendAudit(trx, {
        action: 'resident.document_exported',
        actorId: session.user.id,
        targetType: 'resident',
        targetId: row.resident_id,
        details: auditFacts(row),
      }),
    );
    return { byteSize: bytes.length };
  } finally {
    // The opened document's plaintext is not kept in memory longer than the write.
    bytes.fill(0);
  }
}

/**
 * Corrects what a document is and its title. The title is sealed again with the file name
 * and checksum it was attached with; the audit entry names the fields changed, never the
 * title itself (a title such as "HIV test result" is sensitive).
 */
export async function updateDocument(session: Session, input: DocumentUpdate): Promise<DocumentSummary> {
  const row = await documentsRepo.byId(session.db, input.id);
  if (!row || row.removed_at) throw new AppError('NOT_FOUND', 'no such document');
  const before = withKey(session, (key) => openMeta(key, row));
  const fields = [...(input.title !== before.title ? ['title'] : []), ...(input.kind !== row.kind ? ['kind'] : [])];
  if (fields.length > 0) {
    const at = nowIso();
    const sealedMeta = withKey(session, (key) => sealMeta(key, row.id, { ...before, title: input.title }));
    await session.db.transaction().execute(async (trx) => {
      await documentsRepo.updateDetails(trx, row.id, input.kind, sealedMeta, at, session.user.id);
      await appendAudit(trx, {
        action: 'resident.document_updated',
        actorId: session.user.id,
        targetType: 'resident',
        targetId: row.resident_id,
        at,
        details: { documentId: row.id, fields },
      });
    });
  }
  const after = await documentsRepo.byId(session.db, row.id);
  return withKey(session, (key) => toSummary(key, after!));
}

/**
 * Manager only. The bytes are deleted (secure_delete overwrites their pages); the entry
 * stays with who removed it and when, so the file's history still shows it existed.
 */
export async function removeDocument(session: Session, input: DocumentRemove): Promise<Record<string, never>> {
  const row = await documentsRepo.byId(session.db, input.id);
  if (!row || row.removed_at) throw new AppError('NOT_FOUND', 'no such document');
  const at = nowIso();
  await session.db.transaction().execute(async (trx) => {
    await documentsRepo.markRemoved(trx, row.id, at, session.user.id, input.reason);
    await appendAudit(trx, {
      action: 'resident.document_removed',
      actorId: session.user.id,
      targetType: 'resident',
      targetId: row.resident_id,
      at,
      details: { documentId: row.id, kind: row.kind },
    });
  });
  return {};
}

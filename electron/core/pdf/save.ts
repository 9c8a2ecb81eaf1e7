import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { DialogKind } from '../../../shared/contract/dialogs';
import { appendAudit, type AuditEvent } from '../audit/audit-log';
import type { AppDb } from '../db/kysely';
import type { PathGrants } from '../grants/path-grants';
import { writeExportExclusive } from '../services/document-export-write';
import { checkExportPath } from '../services/residents-documents';

export interface PdfSaveContext {
  db: AppDb;
  /** The vault's folder: a PDF is never written into it. */
  dataDir: string;
  grants: PathGrants;
}

const badLocation = (message: string) => new AppError('DOCUMENT_EXPORT_LOCATION_INVALID', message);

/**
 * Writes a rendered PDF where the person chose in a save dialog (the token main granted),
 * through the same exclusive write as document exports: the name is claimed with O_EXCL
 * (never replaces a file), the audit entry commits before any byte is written, a crash
 * mid-write is cleaned up at the next sign-in, and the data folder is refused.
 *
 * `audit` is the caller's own entry (what was printed, for which resident); the byte size
 * and a sha256 of the file are added to its details so the log can tell which file it was.
 */
export async function savePdf(
  ctx: PdfSaveContext,
  token: string,
  pdf: Uint8Array,
  audit: AuditEvent,
  kind: DialogKind = 'documentExport',
): Promise<{ byteSize: number }> {
  if (pdf.length < 5 || Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new AppError('INTERNAL', 'not a PDF');
  return ctx.grants.use(token, kind, async (chosen) => {
    const path = checkExportPath(chosen, ctx.dataDir);
    if (extname(path).toLowerCase() !== '.pdf') throw badLocation('a PDF is saved under a name ending in .pdf');
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    await writeExportExclusive(ctx.db, path, pdf, (trx) =>
      appendAudit(trx, { ...audit, details: { ...audit.details, format: 'pdf', byteSize: pdf.length, sha256 } }),
    );
    return { byteSize: pdf.length };
  });
}

import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ReportExport, ReportPrint } from '../../../shared/domain/reports';
import type { PrintJob } from '../../../shared/contract/print';
import { queuePrint } from '../pdf/print';
import { requireSession, type CoreState } from '../state';
import { appendAudit, type AuditEvent } from '../audit/audit-log';
import type { PathGrants } from '../grants/path-grants';
import { savePdf } from '../pdf';
import { writeExportExclusive } from '../services/document-export-write';
import { checkExportPath } from '../services/residents-documents';
import type { Session } from '../session';
import { toCsv, toPdf, toXlsx } from './formats';
import { runReport } from './service';
import { exportTable } from './table';

export interface ExportContext {
  session: Session;
  dataDir: string;
  grants: PathGrants;
}

/**
 * Writes a file where the person chose (a one-time token), never into the data folder, never
 * over an existing file, with its audit entry committed first: the same exclusive write as
 * document exports and PDFs. The name must end in the format's extension.
 */
export async function saveExport(
  ctx: ExportContext,
  token: string,
  extension: 'csv' | 'xlsx',
  bytes: Uint8Array,
  audit: AuditEvent,
): Promise<{ byteSize: number }> {
  return ctx.grants.use(token, 'reportExport', async (chosen) => {
    const path = checkExportPath(chosen, ctx.dataDir);
    if (extname(path).toLowerCase() !== `.${extension}`) {
      throw new AppError('DOCUMENT_EXPORT_LOCATION_INVALID', `this export is saved under a name ending in .${extension}`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await writeExportExclusive(ctx.session.db, path, bytes, (trx) =>
      appendAudit(trx, { ...audit, details: { ...audit.details, format: extension, byteSize: bytes.length, sha256 } }),
    );
    return { byteSize: bytes.length };
  });
}

const auditOf = (session: Session, action: AuditEvent['action'], report: Awaited<ReturnType<typeof runReport>>): AuditEvent => ({
  action,
  actorId: session.user.id,
  details: { from: report.from, to: report.to, site: report.site, residents: report.residents },
});

/** A report as CSV, XLSX or PDF: counts and labels only, small counts as "<5"; audited with its period and site. */
export async function exportReport(ctx: ExportContext, input: ReportExport): Promise<{ byteSize: number }> {
  const report = await runReport(ctx.session.db, input);
  const table = exportTable(report, input.locale);
  const audit = auditOf(ctx.session, 'report.exported', report);
  if (input.format === 'pdf') {
    return savePdf(
      { db: ctx.session.db, dataDir: ctx.dataDir, grants: ctx.grants },
      input.destinationToken,
      await toPdf(table, input.locale),
      audit,
      'reportExport',
    );
  }
  const bytes = input.format === 'csv' ? toCsv(table) : await toXlsx(table);
  return saveExport(ctx, input.destinationToken, input.format, bytes, audit);
}

/** The PDF "Save as PDF" writes, held for the system print dialog; audited as printed when main takes it. */
export async function printReport(state: CoreState, input: ReportPrint): Promise<PrintJob> {
  const session = requireSession(state);
  const report = await runReport(session.db, input);
  return queuePrint(state, await toPdf(exportTable(report, input.locale), input.locale), auditOf(session, 'report.printed', report));
}

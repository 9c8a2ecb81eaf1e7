import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { printTokenSchema, type PrintJob } from '../../../shared/contract/print';
import { appendAudit, type AuditEvent } from '../audit/audit-log';
import { requireSession, type CoreState } from '../state';

function checkPdf(pdf: Uint8Array): void {
  if (pdf.length < 5 || Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new AppError('INTERNAL', 'not a PDF');
}

/**
 * Holds a rendered PDF for the print dialog. The caller has already checked who may have
 * it (the channel's gate, consents); `audit` is the "printed" entry, written when main
 * takes the bytes, with their size and sha256 added like a saved PDF's.
 */
export function queuePrint(state: CoreState, pdf: Uint8Array, audit: AuditEvent): PrintJob {
  checkPdf(pdf);
  const session = requireSession(state);
  return { printToken: state.printJobs.add(session, pdf, audit), byteSize: pdf.length };
}

/** Main's side: the bytes for a token, once, for the sign-in that made it; audited before they leave core. */
export async function takePrintJob(state: CoreState, token: unknown): Promise<Uint8Array> {
  const parsed = printTokenSchema.safeParse(token);
  if (!parsed.success) throw new AppError('VALIDATION', 'not a print token');
  const { bytes, audit } = state.printJobs.take(parsed.data, state.session);
  const session = requireSession(state);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await appendAudit(session.db, { ...audit, details: { ...audit.details, format: 'pdf', byteSize: bytes.length, sha256 } });
  return bytes;
}

import type { z } from 'zod';
import type {
  fieldSheetPrintSchema,
  fieldSheetSaveSchema,
  referralSlipPrintSchema,
  referralSlipSaveSchema,
} from '../../../shared/domain/reintegration';
import type { PrintJob } from '../../../shared/contract/print';
import type { AuditEvent } from '../audit/audit-log';
import { renderPdf, savePdf } from '../pdf';
import { queuePrint } from '../pdf/print';
import { requireSession, type CoreState } from '../state';
import type { Locale } from '../../../shared/domain/settings';
import { fieldSheetSpec } from './reintegration-field-sheet';
import { referralSlipSpec } from './reintegration-referral-slip';
import { reintegrationRepo } from '../repositories/reintegration';

/** A rendered PDF and the audit entry that goes with it, whether it is saved or printed. */
interface MadePdf {
  pdf: Uint8Array;
  audit: Omit<AuditEvent, 'action'>;
}

async function fieldSheetPdf(state: CoreState, visitId: string, locale: Locale): Promise<MadePdf> {
  const session = requireSession(state);
  const spec = await fieldSheetSpec(session, visitId, locale, state.now());
  const visit = (await reintegrationRepo.visitById(session.db, visitId))!;
  return {
    pdf: await renderPdf(spec),
    audit: { actorId: session.user.id, targetType: 'resident', targetId: visit.resident_id, details: { visitId: visit.id } },
  };
}

async function referralSlipPdf(state: CoreState, referralOutId: string, locale: Locale): Promise<MadePdf> {
  const session = requireSession(state);
  const { spec, residentId, categories } = await referralSlipSpec(session, referralOutId, locale, state.now());
  return {
    pdf: await renderPdf(spec),
    audit: { actorId: session.user.id, targetType: 'resident', targetId: residentId, details: { referralOutId, categories } },
  };
}

function saveMade(state: CoreState, token: string, made: MadePdf, action: AuditEvent['action']): Promise<{ byteSize: number }> {
  const session = requireSession(state);
  return savePdf({ db: session.db, dataDir: state.vault.paths.dir, grants: state.grants }, token, made.pdf, { ...made.audit, action });
}

/**
 * The field sheet and the referral slip, rendered in memory and either written only where
 * the person chose, through the one PDF path (electron/core/pdf): claimed exclusively,
 * audited before a byte is written, never into the data folder; or held for the system
 * print dialog behind a one-time token (pdf/print.ts), audited when main takes it.
 */
export async function saveFieldSheet(state: CoreState, input: z.output<typeof fieldSheetSaveSchema>): Promise<{ byteSize: number }> {
  return saveMade(
    state,
    input.destinationToken,
    await fieldSheetPdf(state, input.visitId, input.locale),
    'reintegration.field_sheet_saved',
  );
}

export async function printFieldSheet(state: CoreState, input: z.output<typeof fieldSheetPrintSchema>): Promise<PrintJob> {
  const made = await fieldSheetPdf(state, input.visitId, input.locale);
  return queuePrint(state, made.pdf, { ...made.audit, action: 'reintegration.field_sheet_printed' });
}

export async function saveReferralSlip(state: CoreState, input: z.output<typeof referralSlipSaveSchema>): Promise<{ byteSize: number }> {
  const made = await referralSlipPdf(state, input.referralOutId, input.locale);
  return saveMade(state, input.destinationToken, made, 'reintegration.referral_slip_saved');
}

export async function printReferralSlip(state: CoreState, input: z.output<typeof referralSlipPrintSchema>): Promise<PrintJob> {
  const made = await referralSlipPdf(state, input.referralOutId, input.locale);
  return queuePrint(state, made.pdf, { ...made.audit, action: 'reintegration.referral_slip_printed' });
}

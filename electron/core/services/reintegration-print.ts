import type { z } from 'zod';
import type { fieldSheetSaveSchema, referralSlipSaveSchema } from '../../../shared/domain/reintegration';
import { renderPdf, savePdf } from '../pdf';
import { requireSession, type CoreState } from '../state';
import { fieldSheetSpec } from './reintegration-field-sheet';
import { referralSlipSpec } from './reintegration-referral-slip';
import { reintegrationRepo } from '../repositories/reintegration';

/**
 * The field sheet and the referral slip, rendered in memory and written only where the
 * person chose, through the one PDF path (electron/core/pdf): claimed exclusively, audited
 * before a byte is written, never into the data folder.
 */
export async function saveFieldSheet(state: CoreState, input: z.output<typeof fieldSheetSaveSchema>): Promise<{ byteSize: number }> {
  const session = requireSession(state);
  const spec = await fieldSheetSpec(session, input.visitId, input.locale, state.now());
  const visit = (await reintegrationRepo.visitById(session.db, input.visitId))!;
  const pdf = await renderPdf(spec);
  return savePdf({ db: session.db, dataDir: state.vault.paths.dir, grants: state.grants }, input.destinationToken, pdf, {
    action: 'reintegration.field_sheet_saved',
    actorId: session.user.id,
    targetType: 'resident',
    targetId: visit.resident_id,
    details: { visitId: visit.id },
  });
}

export async function saveReferralSlip(state: CoreState, input: z.output<typeof referralSlipSaveSchema>): Promise<{ byteSize: number }> {
  const session = requireSession(state);
  const { spec, residentId, categories } = await referralSlipSpec(session, input.referralOutId, input.locale, state.now());
  const pdf = await renderPdf(spec);
  return savePdf({ db: session.db, dataDir: state.vault.paths.dir, grants: state.grants }, input.destinationToken, pdf, {
    action: 'reintegration.referral_slip_saved',
    actorId: session.user.id,
    targetType: 'resident',
    targetId: residentId,
    details: { referralOutId: input.referralOutId, categories },
  });
}

import type { z } from 'zod';
import type { registerPdfSchema } from '../../../shared/rights/register';
import { renderPdf, savePdf } from '../pdf';
import { requireSession, type CoreState } from '../state';
import { processingRegister, processingRegisterSpec } from './processing-register';

/** The register's PDF through the one PDF path, where the manager chose; audited. */
export async function saveRegisterPdf(state: CoreState, input: z.output<typeof registerPdfSchema>): Promise<{ byteSize: number }> {
  const session = requireSession(state);
  const now = state.now();
  const reg = await processingRegister(session.db, now);
  const pdf = await renderPdf(await processingRegisterSpec(session.db, reg, input.locale, now));
  return savePdf(
    { db: session.db, dataDir: state.vault.paths.dir, grants: state.grants },
    input.destinationToken,
    pdf,
    { action: 'rights.register_saved', actorId: session.user.id, details: { locale: input.locale } },
    'reportExport',
  );
}

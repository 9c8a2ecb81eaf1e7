import type { z } from 'zod';
import type { Locale } from '../../../shared/domain/settings';
import { formatDateTime, formatNumber } from '../../../shared/i18n/format';
import { countsFromNote, type BreachAssessment, type breachReportPdfSchema } from '../../../shared/rights/breach';
import type { AppDb } from '../db/kysely';
import { renderPdf, savePdf, type PdfSpec } from '../pdf';
import { pdfFooter, tr } from '../services/reintegration-pdf-common';
import { readSettings } from '../services/settings';
import { requireSession, type CoreState } from '../state';
import { assessBreach } from './breach-report';

/** The report template, filled: what was lost, what it held, how it is protected, the deadlines, and blanks for what only people know. */
export async function breachReportSpec(db: AppDb, a: BreachAssessment, locale: Locale, now: number): Promise<PdfSpec> {
  const t = tr(locale);
  const { organisationName } = await readSettings(db);
  const at = (iso: string) => formatDateTime(locale, iso, a.timeZone);
  const what = a.backup
    ? t('rights.breach.whatBackup', { file: a.backup.fileName, date: at(a.backup.createdAt) })
    : t('rights.breach.whatDevice');
  return {
    title: t('rights.breach.pdfTitle'),
    language: locale,
    blocks: [
      { kind: 'heading', text: t('rights.breach.pdfTitle') },
      { kind: 'paragraph', text: t('rights.breach.pdfIntro', { organisation: organisationName }) },
      {
        kind: 'fields',
        fields: [
          { label: t('rights.breach.what'), value: what },
          { label: t('rights.breach.discoveredAt'), value: at(a.discoveredAt) },
          { label: t('rights.breach.authorityBy'), value: at(a.authorityBy) },
          { label: t('rights.breach.personBy'), value: at(a.personBy) },
          { label: t('rights.breach.residents'), value: formatNumber(locale, a.residents) },
        ],
      },
      { kind: 'paragraph', text: t(`rights.breach.countsFrom.${countsFromNote(a)}`), small: true },
      { kind: 'heading', level: 2, text: t('rights.breach.categories') },
      {
        kind: 'table',
        columns: [{ header: t('rights.register.category'), width: 3 }, { header: t('rights.breach.residents') }],
        rows: a.categories.map((c) => [t(`access.category.${c.category}`), formatNumber(locale, c.residents)]),
      },
      { kind: 'heading', level: 2, text: t('rights.breach.protection') },
      { kind: 'paragraph', text: a.layers.map((l) => `• ${t(`rights.breach.layer.${l}`)}`).join('\n') },
      { kind: 'heading', level: 2, text: t('rights.breach.toComplete') },
      { kind: 'blanks', lines: [t('rights.breach.howLost'), t('rights.breach.stepsTaken'), t('rights.breach.contact')], linesEach: 2 },
    ],
    footer: await pdfFooter(db, locale, now),
  };
}

export async function saveBreachReport(state: CoreState, input: z.output<typeof breachReportPdfSchema>): Promise<{ byteSize: number }> {
  const session = requireSession(state);
  const now = state.now();
  const a = await assessBreach(session, input, now);
  const pdf = await renderPdf(await breachReportSpec(session.db, a, input.locale, now));
  return savePdf(
    { db: session.db, dataDir: state.vault.paths.dir, grants: state.grants },
    input.destinationToken,
    pdf,
    {
      action: 'rights.breach_report_saved',
      actorId: session.user.id,
      details: { source: a.source.kind, residents: a.residents, discoveredAt: a.discoveredAt },
    },
    'reportExport',
  );
}

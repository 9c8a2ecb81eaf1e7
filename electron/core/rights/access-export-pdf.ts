import { ACCESS_CATEGORIES } from '../../../shared/access/table';
import type { Locale } from '../../../shared/domain/settings';
import type { PdfBlock, PdfSpec } from '../pdf';
import { pdfFooter, tr } from '../services/reintegration-pdf-common';
import type { AccessExportData } from './access-export-collect';
import { exportFieldLabel, exportValueText } from './access-export-labels';

/**
 * The readable half of her access export: every category of her file with what it holds,
 * in the language chosen (hers, by default): tables and fields under their labels, stored
 * enumeration values and countries in words, dates on the shelter's clock. The JSON beside
 * it holds the same rows as stored, for a machine; documents are files beside both.
 */
export async function accessExportSpec(
  data: AccessExportData,
  ctx: {
    db: Parameters<typeof pdfFooter>[0];
    locale: Locale;
    timeZone: string;
    now: number;
    organisation: string;
    generatedOn: string;
  },
): Promise<PdfSpec> {
  const t = tr(ctx.locale);
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: t('rights.export.pdfTitle', { code: data.code }) },
    { kind: 'paragraph', text: t('rights.export.pdfIntro', { organisation: ctx.organisation, date: ctx.generatedOn }) },
  ];
  for (const category of ACCESS_CATEGORIES) {
    const tables = data.tables.filter((x) => x.category === category);
    const withRows = tables.filter((x) => 'rows' in x && x.rows.length > 0);
    const withheld = tables.some((x) => 'withheld' in x);
    if (withRows.length === 0 && !withheld) continue;
    blocks.push({ kind: 'heading', text: t(`access.category.${category}`) });
    if (withheld) blocks.push({ kind: 'paragraph', text: t('rights.export.withheld'), small: true });
    for (const table of withRows) {
      if (!('rows' in table)) continue;
      blocks.push({ kind: 'heading', level: 2, text: `${t(`accessExport.table.${table.table}`)} (${table.rows.length})` });
      for (const row of table.rows) {
        const fields = Object.entries(row).flatMap(([column, v]) => {
          const label = exportFieldLabel(ctx.locale, column);
          const value = label === null ? '' : exportValueText(ctx.locale, ctx.timeZone, table.table, column, v);
          return label !== null && value !== '' ? [{ label, value }] : [];
        });
        blocks.push({ kind: 'fields', fields }, { kind: 'space' });
      }
    }
  }
  blocks.push({ kind: 'heading', text: t('rights.export.documentsTitle') });
  blocks.push({
    kind: 'paragraph',
    text: data.documents.length ? data.documents.map((d) => `documents/${d.fileName}`).join('\n') : t('rights.export.noDocuments'),
  });
  return {
    title: t('rights.export.pdfTitle', { code: data.code }),
    language: ctx.locale,
    blocks,
    footer: await pdfFooter(ctx.db, ctx.locale, ctx.now),
  };
}

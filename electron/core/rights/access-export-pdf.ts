import { ACCESS_CATEGORIES } from '../../../shared/access/table';
import type { Locale } from '../../../shared/domain/settings';
import type { PdfBlock, PdfSpec } from '../pdf';
import { pdfFooter, tr } from '../services/reintegration-pdf-common';
import type { AccessExportData } from './access-export-collect';

/** Column and table names as words: `date_of_birth` → "date of birth". */
const words = (name: string) => name.replace(/_/g, ' ');

function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/**
 * The readable half of her access export: every category of her file with what it holds,
 * headed in the language chosen (hers, by default), the values as stored. The JSON beside
 * it holds the same rows for a machine; documents are files beside both.
 */
export async function accessExportSpec(
  data: AccessExportData,
  ctx: { db: Parameters<typeof pdfFooter>[0]; locale: Locale; now: number; organisation: string; generatedOn: string },
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
      blocks.push({ kind: 'heading', level: 2, text: `${words(table.table)} (${table.rows.length})` });
      for (const row of table.rows) {
        const fields = Object.entries(row)
          .filter(([, v]) => v !== null && v !== undefined && v !== '')
          .map(([k, v]) => ({ label: words(k), value: valueText(v) }));
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

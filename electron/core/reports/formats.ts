import ExcelJS from 'exceljs';
import { renderPdf } from '../pdf';
import type { Locale } from '../../../shared/domain/settings';
import type { ExportTable } from './table';

/** One RFC 4180 line: every field quoted, quotes doubled. */
export const csvLine = (cells: readonly string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',');

/** CRLF line ends and a BOM, so spreadsheet programs read UTF-8. */
export function toCsv(table: ExportTable): Uint8Array {
  const line = csvLine;
  const lines = [line([table.title, table.scope, '']), line(table.headers), ...table.rows.map(line), line([table.note, '', ''])];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Counts that may be shown exactly are numbers in the sheet (so they add up); "<5" stays text. */
export const cell = (v: string): string | number => (/^\d+$/.test(v) ? Number(v) : v);

export async function toXlsx(table: ExportTable): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Amizero';
  const sheet = book.addWorksheet('Report');
  sheet.addRow([table.title]);
  sheet.addRow([table.scope]);
  sheet.addRow([]);
  sheet.addRow(table.headers).font = { bold: true };
  for (const r of table.rows) sheet.addRow([r[0], r[1], cell(r[2])]);
  sheet.addRow([]);
  sheet.addRow([table.note]);
  sheet.columns = [{ width: 44 }, { width: 44 }, { width: 10 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export function toPdf(table: ExportTable, locale: Locale): Promise<Uint8Array> {
  return renderPdf({
    title: table.title,
    language: locale,
    blocks: [
      { kind: 'heading', text: table.title },
      { kind: 'paragraph', text: table.scope },
      {
        kind: 'table',
        columns: [{ header: table.headers[0], width: 2 }, { header: table.headers[1], width: 2 }, { header: table.headers[2] }],
        rows: table.rows,
      },
      { kind: 'paragraph', text: table.note, small: true },
    ],
    footer: { text: table.scope, pageLabel: '{page} / {pages}' },
  });
}

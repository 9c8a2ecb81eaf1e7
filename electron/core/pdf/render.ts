import PDFDocument from 'pdfkit';
import { AppError } from '../../../shared/errors';
import { pdfFonts } from './fonts';
import type { PdfBlock, PdfSpec } from './spec';

const MARGIN = 50;
const FOOTER_GAP = 20;
const SIZE = { h1: 16, h2: 12.5, body: 10.5, small: 8.5, footer: 8 } as const;
const RULE = '#555555';

type Doc = PDFKit.PDFDocument;

/** The text width between the margins. */
const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` still fits above the bottom margin. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string, level: 1 | 2): void {
  const size = level === 1 ? SIZE.h1 : SIZE.h2;
  doc.font('bold').fontSize(size);
  ensureRoom(doc, doc.heightOfString(text, { width: width(doc) }) + size);
  if (doc.y > doc.page.margins.top) doc.moveDown(level === 1 ? 0.6 : 0.4);
  doc.text(text, doc.page.margins.left, doc.y, { width: width(doc) });
  doc.moveDown(0.3);
  doc.font('regular').fontSize(SIZE.body);
}

function paragraph(doc: Doc, text: string, small: boolean): void {
  doc.font('regular').fontSize(small ? SIZE.small : SIZE.body);
  doc.text(text, doc.page.margins.left, doc.y, { width: width(doc) });
  doc.moveDown(0.4);
  doc.fontSize(SIZE.body);
}

/** A horizontal rule to write on, from `x1` to `x2` just under the current line. */
function writingLine(doc: Doc, x1: number, x2: number, y: number): void {
  doc.save().lineWidth(0.5).strokeColor(RULE).moveTo(x1, y).lineTo(x2, y).stroke().restore();
}

function fields(doc: Doc, list: { label: string; value: string }[]): void {
  const left = doc.page.margins.left;
  const labelWidth = Math.round(width(doc) * 0.34);
  const valueX = left + labelWidth + 8;
  const valueWidth = width(doc) - labelWidth - 8;
  for (const f of list) {
    doc.font('bold').fontSize(SIZE.body);
    const lh = doc.heightOfString(f.label || ' ', { width: labelWidth });
    doc.font('regular');
    const vh = f.value ? doc.heightOfString(f.value, { width: valueWidth }) : doc.currentLineHeight(true) + 4;
    ensureRoom(doc, Math.max(lh, vh) + 4);
    const y = doc.y;
    doc.font('bold').text(f.label, left, y, { width: labelWidth });
    doc.font('regular');
    if (f.value) doc.text(f.value, valueX, y, { width: valueWidth });
    else writingLine(doc, valueX, valueX + valueWidth, y + doc.currentLineHeight(true) + 2);
    doc.x = left;
    doc.y = y + Math.max(lh, vh) + 4;
  }
  doc.moveDown(0.3);
}

function table(doc: Doc, columns: { header: string; width?: number }[], rows: string[][], minRow: number): void {
  const left = doc.page.margins.left;
  const total = columns.reduce((s, c) => s + (c.width ?? 1), 0);
  const widths = columns.map((c) => (width(doc) * (c.width ?? 1)) / total);
  const pad = 3;
  const rowHeight = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(SIZE.body - 1);
    const h = Math.max(...widths.map((w, i) => (cells[i] ? doc.heightOfString(cells[i], { width: w - 2 * pad }) : 0)));
    return Math.max(h + 2 * pad, minRow);
  };
  const drawRow = (cells: string[], bold: boolean) => {
    const h = rowHeight(cells, bold);
    const y = doc.y;
    let x = left;
    widths.forEach((w, i) => {
      doc.save().lineWidth(0.5).strokeColor(RULE).rect(x, y, w, h).stroke().restore();
      if (cells[i]) doc.text(cells[i], x + pad, y + pad, { width: w - 2 * pad });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  const header = columns.map((c) => c.header);
  ensureRoom(doc, rowHeight(header, true) + (rows[0] ? rowHeight(rows[0], false) : 0));
  drawRow(header, true);
  for (const r of rows) {
    const h = rowHeight(r, false);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      // The header again, so a page read alone still says what each column is.
      drawRow(header, true);
    }
    drawRow(r, false);
  }
  doc.font('regular').fontSize(SIZE.body);
  doc.moveDown(0.6);
}

function blanks(doc: Doc, labels: string[], linesEach: number): void {
  const left = doc.page.margins.left;
  doc.font('regular').fontSize(SIZE.body);
  const step = doc.currentLineHeight(true) * 1.9;
  for (const label of labels) {
    ensureRoom(doc, (label ? doc.currentLineHeight(true) : 0) + step * linesEach + 4);
    if (label)
      doc
        .font('bold')
        .text(label, left, doc.y, { width: width(doc) })
        .font('regular');
    for (let i = 0; i < linesEach; i++) {
      doc.y += step;
      writingLine(doc, left, left + width(doc), doc.y);
    }
    doc.y += 8;
  }
  doc.x = left;
}

function block(doc: Doc, b: PdfBlock): void {
  switch (b.kind) {
    case 'heading':
      return heading(doc, b.text, b.level ?? 1);
    case 'paragraph':
      return paragraph(doc, b.text, b.small ?? false);
    case 'fields':
      return fields(doc, b.fields);
    case 'table':
      return table(doc, b.columns, b.rows, b.rowHeight ?? 0);
    case 'blanks':
      return blanks(doc, b.lines, b.linesEach ?? 1);
    case 'space':
      doc.moveDown(b.lines ?? 1);
      return;
    case 'pageBreak':
      doc.addPage();
      return;
  }
}

/** Page footers are drawn last, once the page count is known (pages are kept buffered). */
function footers(doc: Doc, footer: NonNullable<PdfSpec['footer']>): void {
  const range = doc.bufferedPageRange();
  const pages = range.count;
  for (let i = range.start; i < range.start + pages; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin: with the margin in place pdfkit would start a new page.
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + FOOTER_GAP / 2;
    const left = doc.page.margins.left;
    doc.font('regular').fontSize(SIZE.footer).fillColor('#333333');
    if (footer.text) doc.text(footer.text, left, y, { width: width(doc) * 0.7, lineBreak: false });
    const label = footer.pageLabel.replace('{page}', String(i - range.start + 1)).replace('{pages}', String(pages));
    doc.text(label, left, y, { width: width(doc), align: 'right', lineBreak: false });
    doc.fillColor('black');
    doc.page.margins.bottom = keep;
  }
}

/**
 * Lays a spec out on A4 pages and returns the PDF's bytes. They are only ever in memory:
 * nothing is written to disk here (saving is save.ts, to a place the person chose).
 */
export function renderPdf(spec: PdfSpec): Promise<Buffer> {
  const fonts = pdfFonts();
  return new Promise<Buffer>((resolve, reject) => {
    let doc: Doc;
    try {
      doc = new PDFDocument({
        size: 'A4',
        margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_GAP },
        // The first font loaded is ours: pdfkit would otherwise load Helvetica.
        font: fonts.regular as unknown as string,
        bufferPages: true,
        lang: spec.language,
        displayTitle: true,
        pdfVersion: '1.7',
        info: { Title: spec.title, Subject: spec.subject ?? '', Creator: 'Amizero', Producer: 'Amizero' },
      });
    } catch (e) {
      reject(new AppError('INTERNAL', `the PDF could not be started (${(e as Error).message})`));
      return;
    }
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', (e: Error) => reject(new AppError('INTERNAL', `the PDF could not be made (${e.message})`)));
    try {
      doc.registerFont('regular', fonts.regular as unknown as Buffer);
      doc.registerFont('bold', fonts.bold as unknown as Buffer);
      doc.font('regular').fontSize(SIZE.body);
      for (const b of spec.blocks) block(doc, b);
      if (spec.footer) footers(doc, spec.footer);
      doc.end();
    } catch (e) {
      reject(new AppError('INTERNAL', `the PDF could not be made (${(e as Error).message})`));
    }
  });
}

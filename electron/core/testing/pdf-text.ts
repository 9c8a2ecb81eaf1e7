import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfRead {
  pages: string[];
  /** All pages' text, one page per line. */
  text: string;
  title: string | undefined;
  language: string | undefined;
  /** The font names each page uses, as the file names them (subset prefixes stripped). */
  fonts: string[];
}

/** Font dictionaries are plain objects in the file (pdfkit writes no object streams). */
function baseFonts(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  return [...new Set([...raw.matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]]+)/g)].map((m) => m[1]!))];
}

/**
 * What a reader would see in a PDF: its text per page (extracted by pdfjs, as a screen
 * reader or a search would) and its metadata. Tests use it to prove what a PDF says and,
 * as importantly, what it does not.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(line);
    }
    const meta = await doc.getMetadata();
    const info = meta.info as { Title?: string; Language?: string };
    return { pages, text: pages.join('\n'), title: info.Title, language: info.Language, fonts: baseFonts(bytes) };
  } finally {
    await doc.destroy();
  }
}

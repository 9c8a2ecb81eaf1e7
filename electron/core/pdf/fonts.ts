import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The one font of every PDF: DejaVu Sans, embedded (subset) in each file. It covers French
 * and Kinyarwanda (and every Latin accent a name may carry). pdfkit's built-in Helvetica is
 * never used: its metrics cover only WinAnsi and its data does not survive every bundling.
 *
 * The fonts are read from the `dejavu-fonts-ttf` package wherever Node resolves it: the
 * repository's node_modules for tests and the CLI (pdfkit stays external to the CLI bundle),
 * the packaged app's node_modules (a production dependency, shipped with the app).
 */
/** A parsed font as pdfkit accepts it (pdfkit takes fontkit fonts as well as bytes). */
export interface ParsedFont {
  layout(text: string): unknown;
}

export interface PdfFonts {
  regular: ParsedFont;
  bold: ParsedFont;
}

let cached: PdfFonts | null = null;

export function fontFolder(): string {
  const req = createRequire(__filename);
  return join(dirname(req.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/**
 * Parsed once per process and shared by every document: parsing the two faces (1.4 MB) took
 * most of a field sheet's time. Each document still embeds its own subset. The parser is the
 * fontkit pdfkit itself loads (resolved from pdfkit's folder), so the two always agree.
 */
export function pdfFonts(): PdfFonts {
  if (!cached) {
    const dir = fontFolder();
    const fromPdfkit = createRequire(createRequire(__filename).resolve('pdfkit'));
    const fontkit = fromPdfkit('fontkit') as { create(bytes: Buffer): ParsedFont };
    cached = {
      regular: fontkit.create(readFileSync(join(dir, 'DejaVuSans.ttf'))),
      bold: fontkit.create(readFileSync(join(dir, 'DejaVuSans-Bold.ttf'))),
    };
  }
  return cached;
}

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
export interface PdfFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: PdfFonts | null = null;

export function fontFolder(): string {
  const req = createRequire(__filename);
  return join(dirname(req.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function pdfFonts(): PdfFonts {
  if (!cached) {
    const dir = fontFolder();
    cached = { regular: readFileSync(join(dir, 'DejaVuSans.ttf')), bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')) };
  }
  return cached;
}

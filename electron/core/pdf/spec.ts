/**
 * What a PDF says, as data: every PDF the app makes (field sheets, referral slips, report
 * exports) is one of these, laid out by render.ts. Strings arrive already translated;
 * this module knows nothing of residents, roles or languages beyond the document's tag.
 */
export type PdfLanguage = 'en' | 'fr' | 'rw';

/** A label and its value side by side; an empty value prints as a line to write on. */
export interface PdfField {
  label: string;
  value: string;
}

export interface PdfColumn {
  header: string;
  /** Relative width (default 1); columns share the text width in these proportions. */
  width?: number;
}

export type PdfBlock =
  | { kind: 'heading'; text: string; level?: 1 | 2 }
  | { kind: 'paragraph'; text: string; small?: boolean }
  | { kind: 'fields'; fields: PdfField[] }
  /** Empty cells stay empty boxes, to be filled in by hand. */
  | { kind: 'table'; columns: PdfColumn[]; rows: string[][]; rowHeight?: number }
  /** Ruled lines for handwriting, each after its label (a label may be empty). */
  | { kind: 'blanks'; lines: string[]; linesEach?: number }
  | { kind: 'space'; lines?: number }
  | { kind: 'pageBreak' };

export interface PdfSpec {
  title: string;
  language: PdfLanguage;
  /** Shown in the viewer's document properties; never resident data. */
  subject?: string;
  blocks: PdfBlock[];
  footer?: {
    /** Left side of every page's footer, e.g. the shelter and the date printed. */
    text?: string;
    /** Right side; `{page}` and `{pages}` are replaced, e.g. "Page {page} of {pages}". */
    pageLabel: string;
  };
}

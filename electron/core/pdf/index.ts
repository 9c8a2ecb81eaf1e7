/** The app's one way to make PDFs: lay out a spec in memory, then save it where the person chose. */
export { renderPdf } from './render';
export { savePdf, type PdfSaveContext } from './save';
export type { PdfBlock, PdfColumn, PdfField, PdfLanguage, PdfSpec } from './spec';

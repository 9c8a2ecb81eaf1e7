import { describe, expect, it } from 'vitest';
import { readPdf } from '../testing/pdf-text';
import { renderPdf } from './render';
import type { PdfSpec } from './spec';

/**
 * The one PDF path: every accent of French and Kinyarwanda comes out as typed (the text is
 * extracted by pdfjs, as a search or a screen reader would), only the embedded DejaVu Sans
 * is used, and long content flows onto numbered pages.
 */
const FRENCH = 'Résumé de la visite : déjà reçue à Nyamagabe, sœur aînée, élève à l’école, ça va bien — « très » sûr';
const KINYARWANDA = 'Umukozi w’imibereho myiza yasuye urugo: Ubudehe, Mutuelle de santé, umwana w’umukobwa';
const NAMES = 'Uwimana Aïcha, Mukamana Béatrice, Niyonsaba Françoise, Ingabire Noëlle, Ŝ Ĉ Ž ŋ';

const spec = (over: Partial<PdfSpec> = {}): PdfSpec => ({
  title: 'Fiche de visite — Nyamagabe',
  language: 'fr',
  blocks: [
    { kind: 'heading', text: 'Fiche de visite de suivi' },
    { kind: 'paragraph', text: FRENCH },
    { kind: 'paragraph', text: KINYARWANDA },
    {
      kind: 'fields',
      fields: [
        { label: 'Prénom', value: 'Aïcha' },
        { label: 'Village', value: 'Gihanga' },
        { label: 'Téléphone', value: '' },
      ],
    },
    {
      kind: 'table',
      columns: [{ header: 'Dimension', width: 2 }, { header: 'Dernier score' }, { header: 'Nouveau score' }],
      rows: [
        ['Économique', '3,2', ''],
        ['Psychosociale', '2,5', ''],
      ],
    },
    { kind: 'blanks', lines: ['Constats', 'Actions convenues'], linesEach: 2 },
    { kind: 'paragraph', text: NAMES },
  ],
  footer: { text: 'Amizero — imprimé le 6 déc. 2026', pageLabel: 'Page {page} sur {pages}' },
  ...over,
});

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('renderPdf', () => {
  it('writes French and Kinyarwanda text with every accent intact, in the embedded DejaVu Sans only', async () => {
    const bytes = await renderPdf(spec());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    const text = squash(pdf.text);
    for (const s of [FRENCH, KINYARWANDA, NAMES, 'Fiche de visite de suivi', 'Prénom', 'Aïcha', 'Économique', 'Actions convenues'])
      expect(text).toContain(squash(s));
    expect(text).toContain('Page 1 sur 1');
    expect(text).toContain('Amizero — imprimé le 6 déc. 2026');
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const f of pdf.fonts) expect(f).toMatch(/^DejaVuSans/);
  });

  it('carries the title and the language of the document', async () => {
    const pdf = await readPdf(await renderPdf(spec({ title: 'Urupapuro rwo gusura', language: 'rw' })));
    expect(pdf.title).toBe('Urupapuro rwo gusura');
    expect(pdf.language).toBe('rw');
  });

  it('flows a long table onto further pages, repeats its header and numbers every page', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Ligne ${i + 1} — é`, String(i)]);
    const pdf = await readPdf(
      await renderPdf(spec({ blocks: [{ kind: 'table', columns: [{ header: 'Entrée' }, { header: 'Nº' }], rows }] })),
    );
    expect(pdf.pages.length).toBeGreaterThan(2);
    const n = pdf.pages.length;
    pdf.pages.forEach((p, i) => {
      expect(p).toContain('Entrée');
      expect(p).toContain(`Page ${i + 1} sur ${n}`);
    });
    expect(squash(pdf.text)).toContain('Ligne 120 — é');
  });

  it('makes the same pages for the same spec (nothing but the timestamp differs)', async () => {
    const a = await readPdf(await renderPdf(spec()));
    const b = await readPdf(await renderPdf(spec()));
    expect(a.pages).toEqual(b.pages);
  });
});

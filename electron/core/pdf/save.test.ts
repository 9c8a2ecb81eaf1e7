import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/errors';
import type { Core } from '../core';
import { chosen } from '../testing/chosen';
import { readPdf } from '../testing/pdf-text';
import { openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { renderPdf } from './render';
import { savePdf, type PdfSaveContext } from './save';

/**
 * Saving a PDF: only where the person chose, never over an existing file, never into the
 * data folder, and in the audit log (with the file's size and digest) before a byte is written.
 */
const suite = useVaultTemplate();
let core: Core;
let pdf: Buffer;

beforeAll(async () => {
  core = openCore(suite.fresh('pdf-save'), { scheduledBackups: false });
  await signIn(core, suite.template.manager);
  pdf = await renderPdf({ title: 'Fiche', language: 'fr', blocks: [{ kind: 'paragraph', text: 'Visite prévue à Gisagara' }] });
});

const ctx = (): PdfSaveContext => ({ db: core.state.session!.db, dataDir: core.state.vault.paths.dir, grants: core.state.grants });
const audit = { action: 'resident.document_exported' as const, actorId: null, details: { what: 'test-sheet' } };
const logged = async () => (await core.call('audit.list', { limit: 200 })).filter((a) => a.details.what === 'test-sheet');
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as AppError).code;
  }
  throw new Error('expected a refusal');
};

describe('savePdf', () => {
  it('writes the exact bytes under the chosen name, audited with size and digest', async () => {
    const folder = suite.dirs.make('pdf-ok');
    const before = (await logged()).length;
    const r = await savePdf(ctx(), await chosen(core, 'documentExport', join(folder, 'fiche.pdf')), pdf, audit);
    expect(r.byteSize).toBe(pdf.length);
    expect(readFileSync(join(folder, 'fiche.pdf')).equals(pdf)).toBe(true);
    expect(readdirSync(folder)).toEqual(['fiche.pdf']);
    expect((await readPdf(readFileSync(join(folder, 'fiche.pdf')))).text).toContain('Visite prévue à Gisagara');
    const entries = await logged();
    expect(entries.length).toBe(before + 1);
    expect(entries[0]!.details).toMatchObject({ format: 'pdf', byteSize: pdf.length });
  });

  it('refuses an existing file, the data folder, a name not ending in .pdf and an unchosen path, writing nothing', async () => {
    const folder = suite.dirs.make('pdf-refused');
    writeFileSync(join(folder, 'there.pdf'), 'not ours');
    const before = (await logged()).length;
    expect(await refusal(savePdf(ctx(), await chosen(core, 'documentExport', join(folder, 'there.pdf')), pdf, audit))).toBe(
      'DESTINATION_EXISTS',
    );
    expect(readFileSync(join(folder, 'there.pdf'), 'utf8')).toBe('not ours');
    const inVault = join(core.state.vault.paths.dir, 'sheet.pdf');
    expect(await refusal(savePdf(ctx(), await chosen(core, 'documentExport', inVault), pdf, audit))).toBe(
      'DOCUMENT_EXPORT_LOCATION_INVALID',
    );
    expect(existsSync(inVault)).toBe(false);
    expect(await refusal(savePdf(ctx(), await chosen(core, 'documentExport', join(folder, 'sheet.jpg')), pdf, audit))).toBe(
      'DOCUMENT_EXPORT_LOCATION_INVALID',
    );
    expect(await refusal(savePdf(ctx(), 'A'.repeat(43), pdf, audit))).toBe('PATH_NOT_CHOSEN');
    expect(await refusal(savePdf(ctx(), await chosen(core, 'backupFolder', folder), pdf, audit))).toBe('PATH_NOT_CHOSEN');
    expect(readdirSync(folder)).toEqual(['there.pdf']);
    expect((await logged()).length).toBe(before);
  });

  it('spends the choice: the same token cannot write a second file', async () => {
    const folder = suite.dirs.make('pdf-once');
    const token = await chosen(core, 'documentExport', join(folder, 'a.pdf'));
    await savePdf(ctx(), token, pdf, audit);
    expect(await refusal(savePdf(ctx(), token, pdf, audit))).toBe('PATH_NOT_CHOSEN');
  });
});

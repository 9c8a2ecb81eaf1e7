import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES } from '../../../shared/enums/documents';
import type { DocumentSummary } from '../../../shared/domain/resident-documents';
import type { Result } from '../../../shared/errors';
import type { Core } from '../core';
import { encodings, findInFiles } from '../testing/files';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { chosen } from '../testing/chosen';

// About what each role may do whoever holds the case; need-to-know is tested in electron/core/access/.
const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker', 'reporting'], ownPasswords: true, residentAccess: 'all' });

/** Markers that must never reach the audit log or the disk in clear. */
const TITLE_MARKER = 'TITLE-MARKER-HIV-RESULT';
const NAME_MARKER = 'NAME-MARKER-Uwase-passport';
const CONTENT_MARKER = 'CONTENT-MARKER-0d5f2c9e71';

function pdf(size: number, marker = CONTENT_MARKER): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% ${marker}\n`, 'latin1');
  const out = Buffer.alloc(size, 0x20);
  head.copy(out, 0, 0, Math.min(head.length, size));
  return out;
}

function png(): Buffer {
  // 1×1 red pixel, a complete and valid PNG.
  return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
}

let core: Core;
let residentId: string;
let dataDir: string;

beforeAll(async () => {
  dataDir = suite.fresh('documents');
  core = openCore(dataDir);
  await signIn(core, suite.template.manager);
  residentId = (await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' })).id;
});
afterAll(() => core.close());

async function as(role: 'manager' | 'counsellor' | 'social_worker' | 'reporting'): Promise<void> {
  if (core.state.session?.user.role === role) return;
  await core.lock('manual');
  await signIn(core, role === 'manager' ? suite.template.manager : suite.template.staff[role]!);
}

/** Through dispatch, so a refusal comes back as data instead of a throw. */
async function attach(bytes: Buffer, over: Record<string, unknown> = {}): Promise<Result<DocumentSummary>> {
  return (await core.dispatch('residents.documents.attach', {
    residentId,
    kind: 'medical',
    title: TITLE_MARKER,
    originalName: `${NAME_MARKER}.pdf`,
    contentBase64: bytes.toString('base64'),
    ...over,
  })) as Result<DocumentSummary>;
}

async function documentAudit() {
  return (await core.call('audit.list', { limit: 200 })).filter((e) => e.action.startsWith('resident.document_'));
}

describe('resident documents', () => {
  it('keeps the bytes identical from attach to view, with type and size found by content', async () => {
    await as('social_worker');
    const image = png();
    const r = await attach(image, { kind: 'photo', title: 'Photo on arrival', originalName: 'photo.png' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.data).toMatchObject({ kind: 'photo', mediaType: 'image/png', byteSize: image.length, originalName: 'photo.png' });
    expect(r.data.sha256).toBe(createHash('sha256').update(image).digest('hex'));
    expect(r.data.createdByName).toBe(suite.template.staff.social_worker!.fullName);

    const shown = await core.call('residents.documents.get', { id: r.data.id });
    expect(Buffer.from(shown.contentBase64, 'base64').equals(image)).toBe(true);
    const list = await core.call('residents.documents.list', { residentId });
    expect(list.map((d) => d.id)).toContain(r.data.id);
    expect(list.every((d) => !('contentBase64' in d))).toBe(true);
  });

  it('accepts exactly 20 MB and refuses one byte more, decoded or by the base64 cap', async () => {
    await as('manager');
    const atLimit = await attach(pdf(DOCUMENT_MAX_BYTES), { originalName: 'big.pdf', title: 'Court file' });
    if (!atLimit.ok) throw new Error(JSON.stringify(atLimit.error));
    expect(atLimit.data.byteSize).toBe(DOCUMENT_MAX_BYTES);
    const back = await core.call('residents.documents.get', { id: atLimit.data.id });
    expect(Buffer.from(back.contentBase64, 'base64').length).toBe(DOCUMENT_MAX_BYTES);

    // 20 MiB + 1 still fits the base64 cap (it rounds up to 3-byte groups): core's decoded check refuses it.
    const oneOver = await attach(pdf(DOCUMENT_MAX_BYTES + 1), { originalName: 'big.pdf' });
    expect(oneOver.ok ? 'saved' : oneOver.error.code).toBe('DOCUMENT_TOO_LARGE');
    // Two over no longer fits the cap: refused by the schema before anything is decoded.
    const twoOver = await attach(pdf(DOCUMENT_MAX_BYTES + 2), { originalName: 'big.pdf' });
    expect(twoOver.ok ? 'saved' : twoOver.error.code).toBe('VALIDATION');
    expect(twoOver.ok ? [] : twoOver.error.fields?.map((f) => f.path)).toEqual(['contentBase64']);
  });

  it('refuses a text file renamed .pdf, a picture named .pdf, and bad base64, saving nothing', async () => {
    await as('manager');
    const before = (await core.call('residents.documents.list', { residentId })).length;
    const auditBefore = (await documentAudit()).length;

    const text = await attach(Buffer.from('Just some notes, not a PDF at all.\n'), { originalName: 'notes.pdf' });
    expect(text.ok ? 'saved' : text.error.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect(text.ok ? [] : text.error.fields?.map((f) => f.path)).toEqual(['contentBase64']);
    const mismatch = await attach(png(), { originalName: 'scan.pdf' });
    expect(mismatch.ok ? 'saved' : mismatch.error.code).toBe('DOCUMENT_TYPE_MISMATCH');
    const gif = await attach(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), { originalName: 'a.gif' });
    expect(gif.ok ? 'saved' : gif.error.code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    const garbled = await core.dispatch('residents.documents.attach', {
      residentId,
      kind: 'other',
      title: 'x',
      originalName: 'x.pdf',
      contentBase64: 'JVBERi0x!!!',
    });
    expect(garbled.ok ? 'saved' : garbled.error.code).toBe('VALIDATION');
    const pathName = await attach(pdf(100), { originalName: '../../etc/passwd.pdf' });
    expect(pathName.ok ? 'saved' : pathName.error.fields?.[0]?.path).toBe('originalName');

    expect((await core.call('residents.documents.list', { residentId })).length).toBe(before);
    expect((await documentAudit()).length).toBe(auditBefore);
  });

  it('answers NOT_FOUND for an unknown resident or document', async () => {
    await as('manager');
    expect((await expectError(core, 'residents.documents.list', { residentId: 'nobody' })).code).toBe('NOT_FOUND');
    expect((await expectError(core, 'residents.documents.get', { id: 'nothing' })).code).toBe('NOT_FOUND');
    expect((await attach(pdf(100), { residentId: 'nobody' })).ok).toBe(false);
  });

  it('keeps documents from the counsellor and the reporting role, in core', async () => {
    await as('manager');
    const doc = await attach(pdf(200));
    if (!doc.ok) throw new Error(JSON.stringify(doc.error));
    for (const role of ['counsellor', 'reporting'] as const) {
      await as(role);
      expect((await expectError(core, 'residents.documents.list', { residentId })).code).toBe('PERMISSION_DENIED');
      expect((await expectError(core, 'residents.documents.get', { id: doc.data.id })).code).toBe('PERMISSION_DENIED');
      expect((await attach(pdf(200))).ok ? 'saved' : 'refused').toBe('refused');
      expect(
        (
          await expectError(core, 'residents.documents.export', {
            id: doc.data.id,
            destinationToken: await chosen(core, 'documentExport', '/tmp/x.pdf'),
          })
        ).code,
      ).toBe('PERMISSION_DENIED');
    }
  });

  it('audits attach, view and export with id, kind, type and size only', async () => {
    await as('social_worker');
    const doc = await attach(pdf(300));
    if (!doc.ok) throw new Error(JSON.stringify(doc.error));
    await core.call('residents.documents.get', { id: doc.data.id });
    const out = join(suite.dirs.make('export-audit'), 'copy.pdf');
    await core.call('residents.documents.export', { id: doc.data.id, destinationToken: await chosen(core, 'documentExport', out) });

    await as('manager');
    const entries = (await documentAudit()).filter((e) => e.details.documentId === doc.data.id);
    expect(entries.map((e) => e.action).sort()).toEqual([
      'resident.document_attached',
      'resident.document_exported',
      'resident.document_viewed',
    ]);
    for (const e of entries) {
      expect(e.actorId).toBe(suite.template.staff.social_worker!.id);
      expect(e.targetId).toBe(residentId);
      expect(e.details).toEqual({ documentId: doc.data.id, kind: 'medical', mediaType: 'application/pdf', byteSize: 300 });
    }
    const all = JSON.stringify(await core.call('audit.list', { limit: 500 }));
    for (const marker of [TITLE_MARKER, NAME_MARKER, CONTENT_MARKER, out]) expect(all).not.toContain(marker);
    expect((await core.call('audit.verify', {})).ok).toBe(true);
  });

  it('exports the exact bytes, owner-only, and refuses the data folder, existing files and relative paths', async () => {
    await as('manager');
    const bytes = pdf(5000);
    const doc = await attach(bytes);
    if (!doc.ok) throw new Error(JSON.stringify(doc.error));
    const folder = suite.dirs.make('export');
    const target = join(folder, 'exported.pdf');
    expect(
      await core.call('residents.documents.export', { id: doc.data.id, destinationToken: await chosen(core, 'documentExport', target) }),
    ).toEqual({ byteSize: 5000 });
    expect(readFileSync(target).equals(bytes)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['exported.pdf']); // no temp file left behind

    const exportsBefore = (await documentAudit()).filter((e) => e.action === 'resident.document_exported').length;
    const refusals: [string, string][] = [
      [join(dataDir, 'leak.pdf'), 'DOCUMENT_EXPORT_LOCATION_INVALID'],
      [target, 'DESTINATION_EXISTS'],
      ['relative/path.pdf', 'DOCUMENT_EXPORT_LOCATION_INVALID'],
      [join(folder, 'no-such-folder', 'x.pdf'), 'DOCUMENT_EXPORT_LOCATION_INVALID'],
    ];
    mkdirSync(join(dataDir, 'sub'));
    refusals.push([join(dataDir, 'sub', 'x.pdf'), 'DOCUMENT_EXPORT_LOCATION_INVALID']);
    // A folder elsewhere that leads back into the vault is still the vault.
    const link = join(suite.dirs.make('export-link'), 'into-vault');
    symlinkSync(dataDir, link, 'dir');
    refusals.push([join(link, 'leak.pdf'), 'DOCUMENT_EXPORT_LOCATION_INVALID']);
    for (const [destinationPath, code] of refusals) {
      const destinationToken = await chosen(core, 'documentExport', destinationPath);
      expect((await expectError(core, 'residents.documents.export', { id: doc.data.id, destinationToken })).code, destinationPath).toBe(
        code,
      );
    }
    expect(readFileSync(target).equals(bytes)).toBe(true); // the refused overwrite left it alone
    expect(readdirSync(dataDir)).not.toContain('leak.pdf');
    expect((await documentAudit()).filter((e) => e.action === 'resident.document_exported').length).toBe(exportsBefore);
  });

  it('lets only a manager remove a document: the bytes go, the entry and audit stay', async () => {
    await as('manager');
    const doc = await attach(pdf(400));
    if (!doc.ok) throw new Error(JSON.stringify(doc.error));
    await as('social_worker');
    expect((await expectError(core, 'residents.documents.remove', { id: doc.data.id, reason: 'wrong file' })).code).toBe(
      'PERMISSION_DENIED',
    );
    await as('manager');
    expect((await expectError(core, 'residents.documents.remove', { id: doc.data.id, reason: ' ' })).code).toBe('VALIDATION');
    await core.call('residents.documents.remove', { id: doc.data.id, reason: 'attached to the wrong resident' });
    expect((await core.call('residents.documents.list', { residentId })).map((d) => d.id)).not.toContain(doc.data.id);
    expect((await expectError(core, 'residents.documents.get', { id: doc.data.id })).code).toBe('NOT_FOUND');
    expect((await expectError(core, 'residents.documents.remove', { id: doc.data.id, reason: 'again' })).code).toBe('NOT_FOUND');
    const sqlite = core.state.session!.sqlite;
    expect(sqlite.prepare('SELECT count(*) AS n FROM document_contents WHERE document_id = ?').get(doc.data.id)).toEqual({ n: 0 });
    const removed = (await documentAudit()).find((e) => e.action === 'resident.document_removed')!;
    expect(removed.details).toEqual({ documentId: doc.data.id, kind: 'medical' });
  });

  it('corrects title and kind: validated, access-checked, audited with field names only, still sealed', async () => {
    await as('manager');
    const doc = await attach(pdf(500));
    if (!doc.ok) throw new Error(JSON.stringify(doc.error));
    const id = doc.data.id;
    const NEW_TITLE = 'Corrected title DOCEDIT-7731';
    // Bad input: a blank title or an unknown kind is refused and nothing changes.
    expect((await expectError(core, 'residents.documents.update', { id, title: '  ', kind: 'legal' })).code).toBe('VALIDATION');
    expect((await expectError(core, 'residents.documents.update', { id, title: 'x', kind: 'diary' })).code).toBe('VALIDATION');
    expect((await expectError(core, 'residents.documents.update', { id: 'no-such', title: 'x', kind: 'legal' })).code).toBe('NOT_FOUND');
    for (const role of ['counsellor', 'reporting'] as const) {
      await as(role);
      expect((await expectError(core, 'residents.documents.update', { id, title: NEW_TITLE, kind: 'legal' })).code).toBe(
        'PERMISSION_DENIED',
      );
    }
    await as('social_worker');
    const updated = await core.call('residents.documents.update', { id, title: ` ${NEW_TITLE} `, kind: 'legal' });
    expect(updated).toMatchObject({ id, title: NEW_TITLE, kind: 'legal', byteSize: 500, originalName: `${NAME_MARKER}.pdf` });
    const listed = (await core.call('residents.documents.list', { residentId })).find((d) => d.id === id)!;
    expect([listed.title, listed.kind]).toEqual([NEW_TITLE, 'legal']);
    // The bytes are untouched.
    expect(Buffer.from((await core.call('residents.documents.get', { id })).contentBase64, 'base64').equals(pdf(500))).toBe(true);
    // Saving the same values again changes nothing and logs nothing.
    await core.call('residents.documents.update', { id, title: NEW_TITLE, kind: 'legal' });
    await as('manager');
    const edits = (await documentAudit()).filter((e) => e.action === 'resident.document_updated' && e.details.documentId === id);
    expect(edits.map((e) => e.details)).toEqual([{ documentId: id, fields: ['title', 'kind'] }]);
    expect(JSON.stringify(await core.call('audit.list', { limit: 500 }))).not.toContain('DOCEDIT-7731');
    // The new title is sealed like the first one: not in the documents row as plain text.
    const row = core.state.session!.sqlite.prepare('SELECT title, kind FROM documents WHERE id = ?').get(id);
    expect(row).toEqual({ title: '', kind: 'legal' });
    expect((await core.call('audit.verify', {})).ok).toBe(true);
  });

  it('leaves no plaintext of a document, its title or its name in the data folder', async () => {
    await as('manager');
    const doc = await attach(pdf(4096));
    if (!doc.ok) throw new Error(JSON.stringify(doc.error));
    core.state.session!.sqlite.pragma('wal_checkpoint(PASSIVE)');
    const needles = [CONTENT_MARKER, TITLE_MARKER, NAME_MARKER].flatMap((m) =>
      encodings(m).map((e) => ({ label: `${m}:${e.label}`, bytes: e.bytes })),
    );
    expect(findInFiles(dataDir, needles)).toEqual([]);
    // The same scan does find the marker in a plain copy: the check above can fail.
    const outside = suite.dirs.make('plain-copy');
    await core.call('residents.documents.export', {
      id: doc.data.id,
      destinationToken: await chosen(core, 'documentExport', join(outside, 'copy.pdf')),
    });
    expect(findInFiles(outside, needles).map((f) => f.needle)).toContain(CONTENT_MARKER);
    await core.lock('manual');
    expect(findInFiles(dataDir, needles)).toEqual([]);
    expect(readdirSync(dataDir).filter((n) => !/^(amizero\.db(-wal|-shm)?|keyring\.json|signin-throttle\.json|sub)$/.test(n))).toEqual([]);
  });
});

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { chosen } from '../testing/chosen';
import { settingsRepo } from '../repositories/settings';
import { nowIso } from '../ids';
import { admitWithDocument } from '../testing/documents';

/**
 * A document export is plaintext by nature. It never replaces a file (one that appeared
 * between the dialog and the write is refused by name), is in the audit log before any
 * plaintext exists, and a crash mid-write leaves nothing readable once core starts again.
 */
const suite = useVaultTemplate();
const BYTES = Buffer.from('%PDF-1.4\n% exported-document-marker\n%%EOF\n');
let core: Core;
let dataDir: string;
let documentId: string;

beforeAll(async () => {
  dataDir = suite.fresh('export-write');
  core = openCore(dataDir, { scheduledBackups: false });
  await signIn(core, suite.template.manager);
  documentId = await admitWithDocument(core, BYTES);
});

const exportsLogged = async () =>
  (await core.call('audit.list', { limit: 100 })).filter((a) => a.action === 'resident.document_exported').length;

describe('exporting a document', () => {
  it('never replaces a file that appeared between the dialog and the write, and logs nothing for it', async () => {
    const folder = suite.dirs.make('export-race');
    const target = join(folder, 'card.pdf');
    const token = await chosen(core, 'documentExport', target);
    // Someone (or something) puts a file there after the person chose the name.
    writeFileSync(target, 'somebody else’s file');
    const before = await exportsLogged();
    expect((await expectError(core, 'residents.documents.export', { id: documentId, destinationToken: token })).code).toBe(
      'DESTINATION_EXISTS',
    );
    expect(readFileSync(target, 'utf8')).toBe('somebody else’s file');
    expect(await exportsLogged()).toBe(before);
  });

  it('writes the exact bytes under the chosen name and leaves no temporary file and no pending record', async () => {
    const folder = suite.dirs.make('export-ok');
    await core.call('residents.documents.export', {
      id: documentId,
      destinationToken: await chosen(core, 'documentExport', join(folder, 'card.pdf')),
    });
    expect(readFileSync(join(folder, 'card.pdf')).equals(BYTES)).toBe(true);
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(folder)).toEqual(['card.pdf']);
    expect((await settingsRepo.all(core.state.session!.db))['documents.pendingExports']).toBeUndefined();
  });

  it('a crash mid-write: the partial plaintext is removed at the next sign-in, a complete export is kept', async () => {
    const folder = suite.dirs.make('export-crash');
    const partial = join(folder, 'partial.pdf');
    const complete = join(folder, 'complete.pdf');
    // What a process killed after the audit commit leaves: the records, and the files as far as they got.
    writeFileSync(partial, BYTES.subarray(0, 12));
    writeFileSync(complete, BYTES);
    const sha256 = createHash('sha256').update(BYTES).digest('hex');
    await settingsRepo.put(
      core.state.session!.db,
      'documents.pendingExports',
      [
        { path: partial, size: BYTES.length, sha256 },
        { path: complete, size: BYTES.length, sha256 },
      ],
      nowIso(),
      null,
    );
    await core.close();
    const again = openCore(dataDir, { scheduledBackups: false });
    await signIn(again, suite.template.manager);
    await again.call('app.status', {}); // the clean-up runs in core's queue right after the sign-in
    expect(existsSync(partial)).toBe(false);
    expect(readFileSync(complete).equals(BYTES)).toBe(true);
    expect((await settingsRepo.all(again.state.session!.db))['documents.pendingExports']).toBeUndefined();
    core = again;
  });
});

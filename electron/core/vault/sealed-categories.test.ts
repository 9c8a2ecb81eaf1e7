import { describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { markedPdf, offlineRead } from '../testing/sealed-fixtures';
import { expectError, openCore, signIn, useVaultTemplate } from '../testing/vault-fixture';
import { requireSession } from '../state';

/**
 * Issue 9 item 1: a counsellor with her own password and a copy of the data folder
 * holds the data key; documents must still be unreadable to her. Entitled roles read
 * them through core as before.
 */
const suite = useVaultTemplate({ staff: ['counsellor', 'social_worker'], ownPasswords: true, residentAccess: 'all' });

const TITLE = 'TITLE-SEALED-HIV-RESULT';
const NAME = 'NAME-SEALED-passport';
const CONTENT = 'CONTENT-SEALED-7f3a9c';

async function attachAsManager(core: Core): Promise<{ residentId: string; documentId: string }> {
  await signIn(core, suite.template.manager);
  const residentId = (await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' })).id;
  const doc = await core.call('residents.documents.attach', {
    residentId,
    kind: 'medical',
    title: TITLE,
    originalName: `${NAME}.pdf`,
    contentBase64: markedPdf(CONTENT).toString('base64'),
  });
  await core.lock('manual');
  return { residentId, documentId: doc.id };
}

function hits(haystack: Buffer, needles: string[]): string[] {
  return needles.filter((n) => haystack.includes(Buffer.from(n, 'latin1')) || haystack.includes(Buffer.from(n, 'utf16le')));
}

describe('sealed documents', () => {
  it("a counsellor's password and a copy of the data folder show no document: bytes, title, file name", async () => {
    const dir = suite.fresh('offline');
    const core = openCore(dir);
    await attachAsManager(core);
    await core.close();
    const pages = await offlineRead(dir, suite.template.staff.counsellor!);
    // The resident's name is not sealed (the counsellor may read identity); it proves the read worked.
    expect(pages.includes(Buffer.from('Keza'))).toBe(true);
    expect(hits(pages, [CONTENT, TITLE, NAME, '%PDF-1.4'])).toEqual([]);
  });

  it('manager and social worker read the document through core; the counsellor is refused', async () => {
    const dir = suite.fresh('read');
    const core = openCore(dir);
    const { residentId, documentId } = await attachAsManager(core);
    for (const who of [suite.template.manager, suite.template.staff.social_worker!]) {
      await signIn(core, who);
      const [summary] = await core.call('residents.documents.list', { residentId });
      expect(summary).toMatchObject({ id: documentId, title: TITLE, originalName: `${NAME}.pdf` });
      const got = await core.call('residents.documents.get', { id: documentId });
      expect(Buffer.from(got.contentBase64, 'base64').equals(markedPdf(CONTENT))).toBe(true);
      await core.lock('manual');
    }
    await signIn(core, suite.template.staff.counsellor!);
    expect((await expectError(core, 'residents.documents.get', { id: documentId })).code).toBe('PERMISSION_DENIED');
    await core.close();
  });

  it("holds the documents key only in an entitled session's memory, and overwrites it on lock", async () => {
    const dir = suite.fresh('memory');
    const core = openCore(dir);
    await signIn(core, suite.template.staff.counsellor!);
    // The counsellor holds the counselling-notes key, never the documents key.
    expect(requireSession(core.state).heldCategories()).toEqual(['counselling_notes']);
    await core.lock('manual');
    await signIn(core, suite.template.staff.social_worker!);
    const session = requireSession(core.state);
    expect(session.heldCategories()).toEqual(['documents']);
    const key = session.withCategoryKey('documents', (k) => k);
    expect(key.some((b) => b !== 0)).toBe(true);
    await core.lock('manual');
    expect(key.every((b) => b === 0)).toBe(true);
    await core.close();
  });
});

import type { Core } from '../core';

/** A resident with one PDF on file, for tests of what happens to a document afterwards. Returns the document's id. */
export async function admitWithDocument(core: Core, pdf: Buffer): Promise<string> {
  const residentId = (await core.call('residents.admit', { identity: { givenNames: 'Keza' }, admittedOn: '2025-03-01' })).id;
  const doc = await core.call('residents.documents.attach', {
    residentId,
    kind: 'medical',
    title: 'Card',
    originalName: 'card.pdf',
    contentBase64: pdf.toString('base64'),
  });
  return doc.id;
}

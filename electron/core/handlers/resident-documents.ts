import { requireSession } from '../state';
import {
  attachDocument,
  exportDocument,
  listDocuments,
  removeDocument,
  updateDocument,
  viewDocument,
} from '../services/residents-documents';
import { createReferralOut, listReferralsOut, updateReferralOut } from '../services/residents-referrals-out';
import type { SomeHandlers } from './define';

export const residentDocumentHandlers = {
  'residents.documents.list': (i, s) => listDocuments(requireSession(s), i.residentId),
  'residents.documents.attach': (i, s) => attachDocument(requireSession(s), i),
  'residents.documents.get': (i, s) => viewDocument(requireSession(s), i.id),
  'residents.documents.export': (i, s) =>
    s.grants.use(i.destinationToken, 'documentExport', (path) => exportDocument(requireSession(s), s.vault.paths.dir, i, path)),
  'residents.documents.update': (i, s) => updateDocument(requireSession(s), i),
  'residents.documents.remove': (i, s) => removeDocument(requireSession(s), i),
  'residents.referralsOut.list': (i, s) => listReferralsOut(requireSession(s), i.residentId),
  'residents.referralsOut.create': (i, s) => createReferralOut(requireSession(s), i),
  'residents.referralsOut.update': (i, s) => updateReferralOut(requireSession(s), i),
} satisfies SomeHandlers;

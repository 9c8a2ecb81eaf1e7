import { requireSession } from '../state';
import { erasePreviewFor, eraseResident } from '../rights/erasure';
import { pseudonymise, readRetention, retentionReview, saveRetention } from '../rights/retention';
import type { SomeHandlers } from './define';

export const erasureHandlers = {
  'erasure.preview': (i, s) => erasePreviewFor(requireSession(s), i.residentId),
  'erasure.erase': (i, s) => eraseResident(s, requireSession(s), i.residentId, i.approval),
  'retention.get': (_i, s) => readRetention(requireSession(s)),
  'retention.save': (i, s) => saveRetention(requireSession(s), i),
  'retention.review': (_i, s) => retentionReview(requireSession(s), s.now()),
  'retention.pseudonymise': (i, s) => pseudonymise(requireSession(s), i.residentId),
} satisfies SomeHandlers;

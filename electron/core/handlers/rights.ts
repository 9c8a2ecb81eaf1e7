import { requireSession } from '../state';
import { answerCorrection, linkCorrection, listCorrections, recordCorrection } from '../rights/corrections';
import type { SomeHandlers } from './define';

export const rightsHandlers = {
  'residents.corrections.list': (i, s) => listCorrections(requireSession(s), i.residentId),
  'residents.corrections.record': (i, s) => recordCorrection(requireSession(s), i),
  'residents.corrections.link': (i, s) => linkCorrection(requireSession(s), i),
  'residents.corrections.answer': (i, s) => answerCorrection(requireSession(s), i),
} satisfies SomeHandlers;

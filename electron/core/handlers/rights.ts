import { requireSession } from '../state';
import { answerCorrection, linkCorrection, listCorrections, recordCorrection } from '../rights/corrections';
import { saveAccessExport } from '../rights/access-export';
import type { SomeHandlers } from './define';

export const rightsHandlers = {
  'residents.corrections.list': (i, s) => listCorrections(requireSession(s), i.residentId),
  'residents.corrections.record': (i, s) => recordCorrection(requireSession(s), i),
  'residents.corrections.link': (i, s) => linkCorrection(requireSession(s), i),
  'residents.corrections.answer': (i, s) => answerCorrection(requireSession(s), i),
  'residents.accessExport': (i, s) => saveAccessExport(s, i),
} satisfies SomeHandlers;

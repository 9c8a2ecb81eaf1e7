import { requireSession } from '../state';
import { answerCorrection, linkCorrection, listCorrections, recordCorrection } from '../rights/corrections';
import { saveAccessExport } from '../rights/access-export';
import { processingRegister } from '../rights/processing-register';
import { saveRegisterPdf } from '../rights/register-save';
import type { SomeHandlers } from './define';

export const rightsHandlers = {
  'residents.corrections.list': (i, s) => listCorrections(requireSession(s), i.residentId),
  'residents.corrections.record': (i, s) => recordCorrection(requireSession(s), i),
  'residents.corrections.link': (i, s) => linkCorrection(requireSession(s), i),
  'residents.corrections.answer': (i, s) => answerCorrection(requireSession(s), i),
  'residents.accessExport': (i, s) => saveAccessExport(s, i),
  'rights.register': (_i, s) => processingRegister(requireSession(s).db, s.now()),
  'rights.registerPdf': (i, s) => saveRegisterPdf(s, i),
} satisfies SomeHandlers;

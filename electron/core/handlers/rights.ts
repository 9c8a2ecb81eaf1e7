import { requireSession } from '../state';
import { answerCorrection, linkCorrection, listCorrections, recordCorrection } from '../rights/corrections';
import { saveAccessExport } from '../rights/access-export';
import { processingRegister } from '../rights/processing-register';
import { saveRegisterPdf } from '../rights/register-save';
import { assessBreach, breachBackups } from '../rights/breach-report';
import { saveBreachReport } from '../rights/breach-report-pdf';
import type { SomeHandlers } from './define';

export const rightsHandlers = {
  'residents.corrections.list': (i, s) => listCorrections(requireSession(s), i.residentId),
  'residents.corrections.record': (i, s) => recordCorrection(requireSession(s), i),
  'residents.corrections.link': (i, s) => linkCorrection(requireSession(s), i),
  'residents.corrections.answer': (i, s) => answerCorrection(requireSession(s), i),
  'residents.accessExport': (i, s) => saveAccessExport(s, i),
  'rights.register': (_i, s) => processingRegister(requireSession(s).db, s.now()),
  'rights.registerPdf': (i, s) => saveRegisterPdf(s, i),
  'rights.breachBackups': (_i, s) => breachBackups(requireSession(s).db),
  'rights.breachAssess': (i, s) => assessBreach(requireSession(s), i, s.now()),
  'rights.breachReportPdf': (i, s) => saveBreachReport(s, i),
} satisfies SomeHandlers;

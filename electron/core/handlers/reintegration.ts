import { requireSession } from '../state';
import { readReintegration, recordVisit } from '../services/reintegration-visits';
import { attentionMore, myVisits, myVisitsMore, visitCounts } from '../services/reintegration-my-visits';
import { savePlan } from '../services/reintegration-plan';
import { rescheduleVisit, startSchedule } from '../services/reintegration-schedule';
import { closeCase, reopenCase } from '../services/reintegration-closure';
import { printFieldSheet, printReferralSlip, saveFieldSheet, saveReferralSlip } from '../services/reintegration-print';
import { shelterToday } from '../services/reintegration-pdf-common';
import type { SomeHandlers } from './define';

export const reintegrationHandlers = {
  'residents.reintegration.get': (i, s) => readReintegration(requireSession(s), i.residentId),
  'residents.reintegration.savePlan': (i, s) => savePlan(requireSession(s), i),
  'residents.reintegration.startSchedule': (i, s) => startSchedule(requireSession(s), i.residentId),
  'residents.reintegration.reschedule': (i, s) => rescheduleVisit(requireSession(s), i),
  'residents.reintegration.recordVisit': (i, s) => recordVisit(requireSession(s), i),
  'residents.reintegration.close': (i, s) => closeCase(requireSession(s), i),
  'residents.reintegration.reopen': (i, s) => reopenCase(requireSession(s), i),
  'residents.reintegration.fieldSheet': (i, s) => saveFieldSheet(s, i),
  'residents.reintegration.referralSlip': (i, s) => saveReferralSlip(s, i),
  'residents.reintegration.fieldSheetPrint': (i, s) => printFieldSheet(s, i),
  'residents.reintegration.referralSlipPrint': (i, s) => printReferralSlip(s, i),
  'reintegration.myVisits': async (_i, s) => myVisits(requireSession(s), await shelterToday(requireSession(s).db, s.now())),
  'reintegration.myVisitsMore': async (i, s) =>
    myVisitsMore(requireSession(s), await shelterToday(requireSession(s).db, s.now()), i.section, i.after),
  'reintegration.attentionMore': async (i, s) =>
    attentionMore(requireSession(s), await shelterToday(requireSession(s).db, s.now()), i.after),
  'reintegration.visitCounts': async (_i, s) => visitCounts(requireSession(s), await shelterToday(requireSession(s).db, s.now())),
} satisfies SomeHandlers;

import { z } from 'zod';
import { about, channel } from '../define';
import { MANAGER_ONLY } from '../../roles';
import { RESIDENT_EDITORS, RESIDENT_READERS } from './residents';
import {
  closeSchema,
  fieldSheetPrintSchema,
  fieldSheetSaveSchema,
  myVisitsSchema,
  pdfSavedSchema,
  planSaveSchema,
  planViewSchema,
  referralSlipPrintSchema,
  referralSlipSaveSchema,
  reintegrationViewSchema,
  reopenSchema,
  rescheduleSchema,
  scheduleStartSchema,
  visitCountsSchema,
  visitPageSchema,
  visitsMoreSchema,
  attentionMoreSchema,
  attentionPageSchema,
  visitRecordSchema,
  visitViewSchema,
} from '../../domain/reintegration';
import { printJobSchema } from '../print';

const byResident = z.object({ residentId: z.string().min(1).max(64) });
const visit = (action: 'read' | 'change', category: 'reintegration' | 'reintegration_contact' = 'reintegration') =>
  about(category, action, 'visitId', 'reintegration_visit');

/**
 * Reintegration: the plan, the follow-up year, closure and the printed sheets. Social
 * workers and managers write; a counsellor reads the plan and scores (never the household
 * contact, withheld by core); the reporting role sees none of it. Every change is refused
 * on a closed case except for a manager (core's closure guard).
 */
export const reintegrationChannels = {
  /** The Reintegration tab; each call is audited as a view of the file. */
  'residents.reintegration.get': channel({
    resident: about('reintegration', 'read'),
    input: byResident,
    output: reintegrationViewSchema,
    access: RESIDENT_READERS,
  }),
  'residents.reintegration.savePlan': channel({
    resident: about('reintegration', 'change'),
    input: planSaveSchema,
    output: planViewSchema,
    access: RESIDENT_EDITORS,
  }),
  /** Follow-ups at the configured months after her discharge; needs her follow-up contact consent. */
  'residents.reintegration.startSchedule': channel({
    resident: about('reintegration', 'change'),
    input: scheduleStartSchema,
    output: z.object({ scheduled: z.number().int() }),
    access: RESIDENT_EDITORS,
  }),
  'residents.reintegration.reschedule': channel({
    resident: visit('change'),
    input: rescheduleSchema,
    output: z.object({ dueOn: z.string() }),
    access: RESIDENT_EDITORS,
  }),
  /** Needs her follow-up contact consent on the visit's date. */
  'residents.reintegration.recordVisit': channel({
    resident: visit('change'),
    input: visitRecordSchema,
    output: visitViewSchema,
    access: RESIDENT_EDITORS,
  }),
  'residents.reintegration.close': channel({
    resident: about('reintegration', 'change'),
    input: closeSchema,
    output: z.object({ closed: z.literal(true) }),
    access: RESIDENT_EDITORS,
  }),
  /** Only a manager reopens: a closed case is read-only for everyone else. */
  'residents.reintegration.reopen': channel({
    resident: about('reintegration', 'change'),
    input: reopenSchema,
    output: z.object({ closed: z.literal(false) }),
    access: MANAGER_ONLY,
  }),
  /** A one-page PDF for a planned visit, with the household contact: no trafficking details. */
  'residents.reintegration.fieldSheet': channel({
    resident: visit('read', 'reintegration_contact'),
    input: fieldSheetSaveSchema,
    output: pdfSavedSchema,
    access: RESIDENT_EDITORS,
  }),
  /** A PDF for a referral out with only the categories her sharing consent allows for that partner. */
  'residents.reintegration.referralSlip': channel({
    resident: about('referrals', 'read', 'referralOutId', 'referral_out'),
    input: referralSlipSaveSchema,
    output: pdfSavedSchema,
    access: RESIDENT_EDITORS,
  }),
  /** The field sheet for the system print dialog: the same gate; core holds the bytes for main (contract/print.ts). */
  'residents.reintegration.fieldSheetPrint': channel({
    resident: visit('read', 'reintegration_contact'),
    input: fieldSheetPrintSchema,
    output: printJobSchema,
    access: RESIDENT_EDITORS,
  }),
  /** The referral slip for the system print dialog: the same gate and consent check as saving it. */
  'residents.reintegration.referralSlipPrint': channel({
    resident: about('referrals', 'read', 'referralOutId', 'referral_out'),
    input: referralSlipPrintSchema,
    output: printJobSchema,
    access: RESIDENT_EDITORS,
  }),
  /** My visits: hers (a manager: everyone's), overdue by the shelter's day, and who needs attention. */
  'reintegration.myVisits': channel({
    resident: 'list',
    input: z.object({}).strict(),
    output: myVisitsSchema,
    access: RESIDENT_EDITORS,
  }),
  /** The next page of one section of My visits (overdue, due this week, next weeks), after the last line shown. */
  'reintegration.myVisitsMore': channel({
    resident: 'list',
    input: visitsMoreSchema,
    output: visitPageSchema,
    access: RESIDENT_EDITORS,
  }),
  /** The next page of My visits' attention list, after the last person shown. */
  'reintegration.attentionMore': channel({
    resident: 'list',
    input: attentionMoreSchema,
    output: attentionPageSchema,
    access: RESIDENT_EDITORS,
  }),
  /** The Home cards' two numbers. */
  'reintegration.visitCounts': channel({
    resident: 'list',
    input: z.object({}).strict(),
    output: visitCountsSchema,
    access: RESIDENT_EDITORS,
  }),
};

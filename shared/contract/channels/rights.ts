import { z } from 'zod';
import { about, channel } from '../define';
import { RESIDENT_EDITORS } from './residents';
import { MANAGER_ONLY } from '../../roles';
import { processingRegisterSchema, registerPdfSchema } from '../../rights/register';
import { breachAssessSchema, breachAssessmentSchema, breachBackupSchema, breachReportPdfSchema } from '../../rights/breach';
import { accessExportResultSchema, accessExportSchema } from '../../rights/access-export';
import { correctionAnswerSchema, correctionLinkSchema, correctionRecordSchema, correctionViewSchema } from '../../rights/corrections';

const byResident = z.object({ residentId: z.string().min(1).max(64) }).strict();

/**
 * A resident's rights over her data (issue 15): correction requests, her access export,
 * the processing register and the breach report. The resident's own requests are handled by
 * a manager or her assigned social worker; the register and a breach are the manager's.
 */
export const rightsChannels = {
  /** Her correction requests, newest first, each with the changes linked to it. */
  'residents.corrections.list': channel({
    resident: about('history', 'read'),
    input: byResident,
    output: z.array(correctionViewSchema),
    access: RESIDENT_EDITORS,
  }),
  'residents.corrections.record': channel({
    resident: about('identity', 'change'),
    input: correctionRecordSchema,
    output: correctionViewSchema,
    access: RESIDENT_EDITORS,
  }),
  /** Links a change from her History (by its log number) to the request it answers. */
  'residents.corrections.link': channel({
    resident: about('identity', 'change'),
    input: correctionLinkSchema,
    output: correctionViewSchema,
    access: RESIDENT_EDITORS,
  }),
  'residents.corrections.answer': channel({
    resident: about('identity', 'change'),
    input: correctionAnswerSchema,
    output: correctionViewSchema,
    access: RESIDENT_EDITORS,
  }),
  /**
   * Everything held about her, into a folder the person chose. "Change" on her identity:
   * the manager or her assigned social worker, never someone who broke the glass to read.
   */
  'residents.accessExport': channel({
    resident: about('identity', 'change'),
    input: accessExportSchema,
    output: accessExportResultSchema,
    access: RESIDENT_EDITORS,
  }),
  /** The processing register (Article 17), generated from the code's own data. */
  'rights.register': channel({
    resident: 'none',
    input: z.object({}).strict(),
    output: processingRegisterSchema,
    access: MANAGER_ONLY,
  }),
  'rights.registerPdf': channel({
    resident: 'none',
    input: registerPdfSchema,
    output: z.object({ byteSize: z.number().int() }),
    access: MANAGER_ONLY,
  }),
  /** The backups the log says were written, to pick the lost one from. */
  'rights.breachBackups': channel({
    resident: 'none',
    input: z.object({}).strict(),
    output: z.array(breachBackupSchema),
    access: MANAGER_ONLY,
  }),
  /** How many residents and which categories the lost laptop or backup held, its protection, the deadlines. */
  'rights.breachAssess': channel({
    resident: 'none',
    input: breachAssessSchema,
    output: breachAssessmentSchema,
    access: MANAGER_ONLY,
  }),
  'rights.breachReportPdf': channel({
    resident: 'none',
    input: breachReportPdfSchema,
    output: z.object({ byteSize: z.number().int() }),
    access: MANAGER_ONLY,
  }),
};

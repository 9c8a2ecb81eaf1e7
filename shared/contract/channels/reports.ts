import { channel } from '../define';
import type { Role } from '../../roles';
import { z } from 'zod';
import { pathTokenSchema } from '../dialogs';
import { managerHomeSchema } from '../../domain/home';
import { outreachFilterSchema, outreachRecordSchema, outreachViewSchema } from '../../domain/outreach';
import { reportExportSchema, reportPrintSchema, reportQuerySchema, reportSchema } from '../../domain/reports';
import { printJobSchema } from '../print';
import { staffNameSchema } from '../../domain/user';
import { partnerNameSchema } from '../../domain/partners';

/** Aggregates only: the manager, and the reporting role whose whole job this is. No resident channel lists it. */
export const REPORT_READERS: readonly Role[] = ['manager', 'reporting'];

/** Staff who hold events in the community record them; the reporting role reads the log. */
const OUTREACH_RECORDERS: readonly Role[] = ['manager', 'counsellor', 'social_worker'];
const OUTREACH_READERS: readonly Role[] = ['manager', 'counsellor', 'social_worker', 'reporting'];

export const reportChannels = {
  /** The manager's Home charts: occupancy now and by month, admissions and discharges by month. */
  'home.managerFigures': channel({ input: z.object({}).strict(), output: managerHomeSchema, access: ['manager'] }),
  'outreach.record': channel({ input: outreachRecordSchema, output: outreachViewSchema, access: OUTREACH_RECORDERS }),
  'outreach.list': channel({ input: outreachFilterSchema, output: z.array(outreachViewSchema), access: OUTREACH_READERS }),
  /**
   * Names only, for the outreach and case-conference pickers of who was there: active colleagues (users.list is the manager's,
   * with accounts) and partners still in the directory (partners.list carries contacts).
   */
  'directory.names': channel({
    input: z.object({}).strict(),
    output: z.object({ staff: z.array(staffNameSchema), partners: z.array(partnerNameSchema) }),
    access: OUTREACH_RECORDERS,
  }),
  /** Every report section for a period (and site), as counts. */
  'reports.run': channel({ input: reportQuerySchema, output: reportSchema, access: REPORT_READERS }),
  /** The HTCDS dataset in the CTDC layout of residents who consented to research, suppressed to k; says what it left out. */
  'reports.anonymised': channel({
    // CSV by default; XLSX through the same library as the reports. The file's name must end in its format.
    input: z.object({ destinationToken: pathTokenSchema, format: z.enum(['csv', 'xlsx']).default('csv') }).strict(),
    output: z.object({
      records: z.number().int(),
      k: z.number().int(),
      leftOutNoConsent: z.number().int(),
      suppressedValues: z.number().int(),
      droppedRecords: z.number().int(),
      byteSize: z.number().int(),
    }),
    access: REPORT_READERS,
  }),
  /** The same report saved as CSV, XLSX or PDF where the person chose; small counts as "<5"; audited. */
  'reports.export': channel({ input: reportExportSchema, output: z.object({ byteSize: z.number().int() }), access: REPORT_READERS }),
  /** The report's PDF for the system print dialog (contract/print.ts); audited when main takes it. */
  'reports.print': channel({ input: reportPrintSchema, output: printJobSchema, access: REPORT_READERS }),
};

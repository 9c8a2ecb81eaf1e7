import { channel } from '../define';
import type { Role } from '../../roles';
import { z } from 'zod';
import { reportExportSchema, reportQuerySchema, reportSchema } from '../../domain/reports';

/** Aggregates only: the manager, and the reporting role whose whole job this is. No resident channel lists it. */
export const REPORT_READERS: readonly Role[] = ['manager', 'reporting'];

export const reportChannels = {
  /** Every report section for a period (and site), as counts. */
  'reports.run': channel({ input: reportQuerySchema, output: reportSchema, access: REPORT_READERS }),
  /** The same report saved as CSV, XLSX or PDF where the person chose; small counts as "<5"; audited. */
  'reports.export': channel({ input: reportExportSchema, output: z.object({ byteSize: z.number().int() }), access: REPORT_READERS }),
};

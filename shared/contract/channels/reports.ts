import { channel } from '../define';
import type { Role } from '../../roles';
import { reportQuerySchema, reportSchema } from '../../domain/reports';

/** Aggregates only: the manager, and the reporting role whose whole job this is. No resident channel lists it. */
export const REPORT_READERS: readonly Role[] = ['manager', 'reporting'];

export const reportChannels = {
  /** Every report section for a period (and site), as counts. */
  'reports.run': channel({ input: reportQuerySchema, output: reportSchema, access: REPORT_READERS }),
};

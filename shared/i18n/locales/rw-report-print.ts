import type { enReportPrint, enReportPrintAuditActions } from './en-report-print';

/** Kinyarwanda: gucapa PDF ya raporo; to review with a native speaker (listed in the hand-over). */
export const rwReportPrint: typeof enReportPrint = {
  reportPrint: {
    label: 'Capa raporo',
  },
};

export const rwReportPrintAuditActions: typeof enReportPrintAuditActions = {
  'report.printed': 'Raporo yoherejwe ku mashini icapa (imibare gusa)',
};

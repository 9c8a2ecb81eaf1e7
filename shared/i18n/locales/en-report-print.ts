/** English for printing a report's PDF (spread into en.ts). */
export const enReportPrint = {
  reportPrint: {
    label: 'Print the report',
  },
};

export const enReportPrintAuditActions = {
  'report.printed': 'Report sent to the printer (counts only)',
};

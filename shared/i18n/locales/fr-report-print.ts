import type { enReportPrint, enReportPrintAuditActions } from './en-report-print';

/** Français : impression du PDF d’un rapport. */
export const frReportPrint: typeof enReportPrint = {
  reportPrint: {
    label: 'Imprimer le rapport',
  },
};

export const frReportPrintAuditActions: typeof enReportPrintAuditActions = {
  'report.printed': 'Rapport envoyé à l’imprimante (chiffres seulement)',
};

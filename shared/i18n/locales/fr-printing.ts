import type { enPrinting, enPrintingAuditActions, enPrintingErrors } from './en-printing';

/** Français : impression des PDF par la boîte de dialogue d’impression du système. */
export const frPrinting: typeof enPrinting = {
  printing: {
    button: 'Imprimer',
    fieldSheetLabel: 'Imprimer la fiche de terrain de la visite prévue le {date}',
    slipLabel: 'Imprimer la fiche de référence pour {organisation}',
    handedOver: 'Envoyé à la boîte de dialogue d’impression ({size}).',
  },
};

export const frPrintingErrors: typeof enPrintingErrors = {
  PRINT_JOB_UNKNOWN: 'Cette page n’attend plus d’être imprimée. Appuyez de nouveau sur Imprimer.',
};

export const frPrintingAuditActions: typeof enPrintingAuditActions = {
  'reintegration.field_sheet_printed': 'Fiche de terrain envoyée à l’imprimante',
  'reintegration.referral_slip_printed': 'Fiche de référence envoyée à l’imprimante',
};

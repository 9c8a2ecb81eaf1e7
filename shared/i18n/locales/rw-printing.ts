import type { enPrinting, enPrintingAuditActions, enPrintingErrors } from './en-printing';

/** Ikinyarwanda: gucapa PDF binyuze mu idirishya ryo gucapa rya mudasobwa (umushinga utarasuzumwa). */
export const rwPrinting: typeof enPrinting = {
  printing: {
    button: 'Capa',
    fieldSheetLabel: 'Capa urupapuro rwo mu murima rw’uruzinduko ruteganyijwe ku wa {date}',
    slipLabel: 'Capa urupapuro rwo kohereza kuri {organisation}',
    handedOver: 'Byoherejwe mu idirishya ryo gucapa ({size}).',
  },
};

export const rwPrintingErrors: typeof enPrintingErrors = {
  PRINT_JOB_UNKNOWN: 'Urwo rupapuro ntirugitegereje gucapwa. Ongera ukande kuri Capa.',
};

export const rwPrintingAuditActions: typeof enPrintingAuditActions = {
  'reintegration.field_sheet_printed': 'Urupapuro rwo mu murima rwoherejwe gucapwa',
  'reintegration.referral_slip_printed': 'Urupapuro rwo kohereza rwoherejwe gucapwa',
};

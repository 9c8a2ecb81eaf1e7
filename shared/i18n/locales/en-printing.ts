/** English for printing PDFs through the system print dialog (spread into en.ts). */
export const enPrinting = {
  printing: {
    button: 'Print',
    fieldSheetLabel: 'Print the field sheet for the visit due {date}',
    slipLabel: 'Print the referral slip for {organisation}',
    handedOver: 'Sent to the print dialog ({size}).',
  },
};

export const enPrintingErrors = {
  PRINT_JOB_UNKNOWN: 'That page is no longer waiting to be printed. Press Print again.',
};

export const enPrintingAuditActions = {
  'reintegration.field_sheet_printed': 'Field sheet sent to the printer',
  'reintegration.referral_slip_printed': 'Referral slip sent to the printer',
};

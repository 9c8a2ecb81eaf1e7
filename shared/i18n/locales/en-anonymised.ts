/** English for the anonymised export screen (spread into en.ts). */
export const enAnonymised = {
  anonymised: {
    title: 'Anonymised export',
    link: 'Anonymised export',
    back: 'Back to reports',
    intro:
      'A file for partners and researchers: the Human Trafficking Case Data Standard (HTCDS) fields in the CTDC layout, one row per person whose research consent is in force. It holds no names, contacts, exact dates, villages or free text.',
    kLine:
      'Every combination of citizenship, country of exploitation, year, age band and sex in the file is shared by at least {k} people. A shelter manager sets this number (k) in Settings.',
    format: 'Format',
    formats: { csv: 'CSV', xlsx: 'Excel (XLSX)' },
    save: 'Save the anonymised export…',
    running: 'Preparing the anonymised export…',
    progressLabel: 'Anonymised export in progress',
    savedAs: 'Saved as {name}.',
    result: {
      title: 'What the file holds',
      records: 'People in the file',
      suppressed: 'Values suppressed (written "*")',
      noConsent: 'People left out: no research consent in force',
      dropped: 'People left out: their group stayed smaller than k',
      k: 'Smallest group (k)',
    },
  },
};

export const enAnonymisedErrors = {
  ANONYMISATION_K_INVALID:
    'The anonymised export needs groups of at least {minimum} people, but Settings hold {k}. A shelter manager sets k again in Settings. Nothing was saved.',
};

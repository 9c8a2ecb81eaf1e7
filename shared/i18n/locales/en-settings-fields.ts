/** English help and refusals for the anonymisation and follow-up settings (spread into en.ts). */
export const enSettingsFieldsHelp = {
  anonymisationK:
    'Before an anonymised export is written, any combination of age band, sex, citizenship, country of exploitation and year shared by fewer people than this is blanked. Between 5 and 100.',
  followUpMonths:
    'Months after discharge when a follow-up visit is due, separated by commas, for example 1, 3, 6, 12. From 1 to 24, at most 12 visits. New follow-up schedules use them.',
};

export const enSettingsFieldsValidation = {
  followUpMonthsList: 'Enter whole months from 1 to 24, separated by commas (at most 12), for example 1, 3, 6, 12.',
};

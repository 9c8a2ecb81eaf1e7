import type { enDates } from './en-dates';

/** Kinyarwanda for the date field and its calendar; listed for review in review.ts. */
export const rwDates: typeof enDates = {
  dateField: {
    placeholder: 'uu/kk/mmmm',
    hint: 'Umunsi/ukwezi/umwaka, urugero 06/12/2026. Alt+↓ ifungura kalendari.',
    openCalendar: 'Hitamo itariki kuri kalendari',
    calendar: 'Kalendari: {month} {year}',
    previousMonth: 'Ukwezi gushize',
    nextMonth: 'Ukwezi gutaha',
    today: 'Uyu munsi',
    invalid: 'Iyi si itariki nyayo. Andika umunsi/ukwezi/umwaka, urugero 06/12/2026.',
  },
};

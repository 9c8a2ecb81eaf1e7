/** English for the date field and its calendar (spread into en.ts). */
export const enDates = {
  dateField: {
    placeholder: 'dd/mm/yyyy',
    hint: 'Day/month/year, for example 06/12/2026. Alt+↓ opens a calendar.',
    openCalendar: 'Choose the date on a calendar',
    calendar: 'Calendar: {month} {year}',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    today: 'Today',
    invalid: 'Not a real date. Type day/month/year, for example 06/12/2026.',
  },
};

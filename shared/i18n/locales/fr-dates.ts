import type { enDates } from './en-dates';

/** French for the date field and its calendar. */
export const frDates: typeof enDates = {
  dateField: {
    placeholder: 'jj/mm/aaaa',
    hint: 'Jour/mois/année, par exemple 06/12/2026. Alt+↓ ouvre un calendrier.',
    openCalendar: 'Choisir la date dans un calendrier',
    calendar: 'Calendrier : {month} {year}',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    today: "Aujourd'hui",
    invalid: "Ce n'est pas une vraie date. Tapez jour/mois/année, par exemple 06/12/2026.",
  },
};

import type { enHomeRole } from './en-home-role';

/** French strings for the counsellor's and social worker's Home (spread into fr.ts). */
export const frHomeRole: typeof enHomeRole = {
  homeWeek: {
    title: 'Votre semaine',
    intro: 'Séances des sept prochains jours, séances manquées à reprogrammer, révisions de plan à faire.',
    upcoming: 'Séances à venir ({count})',
    missed: 'Manquées, à reprogrammer ({count})',
    reviews: 'Révisions de plan à faire ({count})',
    none: 'Aucune.',
    more: 'et {count} de plus',
    openWeek: 'Ouvrir Ma semaine',
    chartTitle: 'Séances par jour',
    chartSeries: 'Séances',
    chartSummary: '{count, plural, =0 {Aucune séance} =1 {Une séance} other {# séances}} dans les sept prochains jours.',
  },
  homeVisits: {
    title: 'Vos visites de suivi',
    intro: 'Visites en retard et prévues dans les sept prochains jours, selon le jour du foyer.',
    overdue: 'En retard ({count})',
    dueThisWeek: 'Prévues cette semaine ({count})',
    attention: 'À surveiller ({count})',
    none: 'Aucune.',
    more: 'et {count} de plus',
    openVisits: 'Ouvrir Mes visites',
  },
};

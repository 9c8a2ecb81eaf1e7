/** French labels for the report sections Rehabilitation and Reintegration feed (spread into fr.ts). */
export const frReportSections = {
  reportSections: {
    attendance: {
      all: 'Présente à toutes les séances',
      most: 'Présente à la moitié ou plus',
      some: 'Présente à moins de la moitié',
      none: 'Présente à aucune',
    },
    who5: {
      improved: 'Amélioration de 10 points ou plus',
      unchanged: 'Variation de moins de 10 points',
      worsened: 'Dégradation de 10 points ou plus',
    },
    reintegration: {
      score_1_2: 'Score de 1 à moins de 2',
      score_2_3: 'Score de 2 à moins de 3',
      score_3_4: 'Score de 3 à moins de 4',
      score_4_5: 'Score de 4 à 5',
      not_scored: 'Jointe, sans score',
      not_reached: 'Non jointe',
    },
  },
};

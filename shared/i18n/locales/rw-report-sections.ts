/** Kinyarwanda labels for the report sections Rehabilitation and Reintegration feed (spread into rw.ts). */
export const rwReportSections = {
  reportSections: {
    attendance: {
      all: 'Yitabiriye inama zose',
      most: 'Yitabiriye kimwe cya kabiri cyangwa zirenze',
      some: 'Yitabiriye munsi ya kimwe cya kabiri',
      none: 'Nta nama n’imwe yitabiriye',
    },
    who5: {
      improved: 'Byateye imbere ku manota 10 cyangwa arenga',
      unchanged: 'Byahindutse munsi y’amanota 10',
      worsened: 'Byasubiye inyuma ku manota 10 cyangwa arenga',
    },
    reintegration: {
      score_1_2: 'Amanota 1 kugeza munsi ya 2',
      score_2_3: 'Amanota 2 kugeza munsi ya 3',
      score_3_4: 'Amanota 3 kugeza munsi ya 4',
      score_4_5: 'Amanota 4 kugeza kuri 5',
      not_scored: 'Yabonetse, nta manota',
      not_reached: 'Ntiyabonetse',
    },
  },
};

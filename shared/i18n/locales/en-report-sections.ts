/** English labels for the report sections Rehabilitation and Reintegration feed (spread into en.ts). */
export const enReportSections = {
  reportSections: {
    attendance: {
      all: 'Attended every session',
      most: 'Attended half or more',
      some: 'Attended fewer than half',
      none: 'Attended none',
    },
    who5: {
      improved: 'Improved by 10 points or more',
      unchanged: 'Changed by less than 10 points',
      worsened: 'Worsened by 10 points or more',
    },
    reintegration: {
      score_1_2: 'Score 1 to under 2',
      score_2_3: 'Score 2 to under 3',
      score_3_4: 'Score 3 to under 4',
      score_4_5: 'Score 4 to 5',
      not_scored: 'Reached, not scored',
      not_reached: 'Not reached',
    },
  },
};

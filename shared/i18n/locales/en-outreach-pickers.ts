/** The outreach form's partner and staff pickers (spread into en.ts). */
export const enOutreachPickers = {
  outreachPickers: {
    partnersHelp: 'Start typing a name from the partner directory.',
    staffHelp: 'Colleagues who were there.',
    noMatch: 'No match',
  },
};

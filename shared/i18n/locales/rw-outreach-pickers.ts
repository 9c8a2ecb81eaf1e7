import type { enOutreachPickers } from './en-outreach-pickers';

/** The outreach form's partner and staff pickers (spread into rw.ts). */
export const rwOutreachPickers: typeof enOutreachPickers = {
  outreachPickers: {
    partnersHelp: 'Tangira wandika izina riri mu bafatanyabikorwa.',
    staffHelp: 'Bagenzi bawe bari bahari.',
    noMatch: 'Nta gihuye',
  },
};

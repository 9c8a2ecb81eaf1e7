import type { enOutreachPickers } from './en-outreach-pickers';

/** The outreach form's partner and staff pickers (spread into fr.ts). */
export const frOutreachPickers: typeof enOutreachPickers = {
  outreachPickers: {
    partnersHelp: 'Tapez le début d’un nom de l’annuaire des partenaires.',
    staffHelp: 'Les collègues présents.',
    noMatch: 'Aucun résultat',
  },
};

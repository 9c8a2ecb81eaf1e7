import type { enUx } from './en-ux';

/** French for what a walk through the app found missing. */
export const frUx: typeof enUx = {
  residentSearch: {
    noLetters:
      'Une recherche a besoin de lettres ou de chiffres (un nom, un code ou un téléphone). Des symboles ou des emoji seuls ne trouvent personne.',
  },
};

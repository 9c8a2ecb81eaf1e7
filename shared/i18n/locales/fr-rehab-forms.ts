import type { enRehabForms } from './en-rehab-forms';

/** Français : formulaires de réhabilitation, revues de progrès d'un objectif. */
export const frRehabForms: typeof enRehabForms = {
  rehabForms: {
    review: {
      title: 'Revue de progrès',
      add: 'Ajouter une revue de progrès',
      date: 'Date de la revue',
      note: 'Ce qui a changé',
      save: 'Enregistrer la revue',
      cancel: 'Fermer',
    },
  },
};

import type { enRehabForms } from './en-rehab-forms';

/** Français : formulaires de réhabilitation, revues de progrès d'un objectif. */
export const frRehabForms: typeof enRehabForms = {
  rehabForms: {
    conference: {
      title: 'Réunion de cas',
      record: 'Enregistrer une réunion de cas',
      heldOn: 'Date de la réunion',
      staff: 'Personnel présent',
      partners: 'Partenaires présents',
      residentPresent: 'La résidente a participé',
      family: 'Famille présente (noms)',
      action: 'Action',
      owner: 'Responsable',
      dueOn: 'Échéance',
      addAction: 'Ajouter une action',
      save: 'Enregistrer la réunion',
    },
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

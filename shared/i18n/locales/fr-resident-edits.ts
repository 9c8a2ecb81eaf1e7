import type { enResidentEdits } from './en-resident-edits';

/** Français : choix des pays d’exploitation et modification des détails d’un document. */
export const frResidentEdits: typeof enResidentEdits = {
  residentScreens: {
    countries: {
      regionsLabel: 'Limiter la liste à une région :',
      showingRegion: 'Seuls les pays de {region} sont proposés. Appuyez de nouveau sur la région pour voir tous les pays.',
      pick: 'Tapez ou choisissez un pays',
      none: 'Aucun pays choisi pour l’instant.',
      chosenLabel: 'Pays d’exploitation choisis',
      remove: 'Retirer {name}',
    },
    documents: {
      edit: 'Modifier',
      editLabel: 'Modifier les détails de {title}',
      editTitle: 'Modifier les détails du document',
      save: 'Enregistrer les détails',
      saved: 'Détails du document enregistrés.',
    },
  },
};

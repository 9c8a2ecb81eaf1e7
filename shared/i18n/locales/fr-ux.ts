import type { enUx } from './en-ux';

/** French for what a walk through the app found missing. */
export const frUx: typeof enUx = {
  admitDiscard: {
    title: 'Abandonner cette admission ?',
    body: 'Ce que vous avez saisi pour cette admission sera supprimé et ne pourra pas être rétabli.',
    keep: 'Continuer la saisie',
    confirm: 'Abandonner',
  },
  myResidents: {
    title: 'Mes résidents',
    intro: 'Les résidents du foyer qui vous sont attribués, risque le plus élevé en premier.',
    none: 'Aucun résident du foyer ne vous est encore attribué. Un·e responsable attribue le personnel dans chaque dossier.',
    resident: 'Résident·e',
    bed: 'Chambre et lit',
    risk: 'Niveau de risque',
  },
  residentSearch: {
    noLetters:
      'Une recherche a besoin de lettres ou de chiffres (un nom, un code ou un téléphone). Des symboles ou des emoji seuls ne trouvent personne.',
  },
};

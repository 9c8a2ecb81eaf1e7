import type { enReferralDetails } from './en-referral-details';

/** Français : modifier le motif et les notes d’une référence sortante. */
export const frReferralDetails: typeof enReferralDetails = {
  referralDetails: {
    edit: 'Modifier les détails',
    editLabel: 'Modifier les détails de la référence vers {organisation}',
    title: 'Détails de la référence',
    emptyClears: 'Videz un champ puis enregistrez pour l’effacer.',
    save: 'Enregistrer les détails',
    saved: 'Détails de la référence enregistrés',
  },
};

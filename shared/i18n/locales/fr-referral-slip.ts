import type { enReferralSlip } from './en-referral-slip';

/** Français : le bouton de fiche de référence dans le panneau des références sortantes. */
export const frReferralSlip: typeof enReferralSlip = {
  referralSlip: {
    buttonLabel: 'Fiche de référence (PDF) pour {organisation}',
    dialogTitle: 'Enregistrer la fiche de référence sous',
    missingConsent:
      'Pas de fiche : son consentement au partage ne couvre pas {categories} pour ce partenaire. Enregistrez-le d’abord dans l’onglet Consentement.',
    noPartner: 'Pas de fiche : cette référence ne nomme aucun partenaire de l’annuaire.',
  },
};

import type { enDischargeFollowUps } from './en-discharge-followups';

/** Français : proposer de planifier les visites de suivi juste après une sortie. */
export const frDischargeFollowUps: typeof enDischargeFollowUps = {
  dischargeFollowUps: {
    title: 'Planifier ses visites de suivi maintenant ?',
    intro: '{name} est sortie. Son année de suivi part de cette sortie : des visites aux mois fixés dans les Paramètres.',
    schedule: 'Planifier le suivi',
    notNow: 'Pas maintenant',
    later: 'Vous pourrez les planifier plus tard dans son onglet Réintégration.',
  },
};

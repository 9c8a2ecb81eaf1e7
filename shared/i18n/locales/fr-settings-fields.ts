/** French help and refusals for the anonymisation and follow-up settings (spread into fr.ts). */
export const frSettingsFieldsHelp = {
  anonymisationK:
    'Avant l’écriture d’un export anonymisé, toute combinaison de tranche d’âge, sexe, nationalité, pays d’exploitation et année partagée par moins de personnes que ce nombre est effacée. Entre 5 et 100.',
  followUpMonths:
    'Mois après la sortie où une visite de suivi est prévue, séparés par des virgules, par exemple 1, 3, 6, 12. De 1 à 24, au plus 12 visites. Les nouveaux calendriers de suivi les utilisent.',
};

export const frSettingsFieldsValidation = {
  followUpMonthsList: 'Saisissez des mois entiers de 1 à 24, séparés par des virgules (au plus 12), par exemple 1, 3, 6, 12.',
};

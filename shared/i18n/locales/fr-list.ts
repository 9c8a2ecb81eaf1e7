/** French for the residents list's filters, sorting and row details (complete). */
export const frList = {
  residentList: {
    filters: {
      label: 'Filtrer la liste',
      status: 'Statut',
      statusAll: 'Actuelles et passées',
      room: 'Chambre',
      roomAll: 'Toutes les chambres',
      age: 'Âge',
      ageAll: 'Tous les âges',
      ageBand: {
        under_16: 'Moins de 16 ans',
        '16_17': '16 ou 17 ans',
        adult: '18 ans et plus',
        unknown: 'Âge inconnu',
      },
      risk: 'Risque',
      riskAll: 'Tout niveau de risque',
      staff: 'Suivie par',
      staffAll: 'Tout le monde',
      clear: 'Effacer les filtres',
      active: 'Filtres actifs : {count}',
    },
    columns: {
      bed: 'Lit',
    },
    bed: '{room} · {bed}',
    noBed: 'Pas de lit',
    ageEstimated: '~{years}',
    ageEstimatedLabel: 'Environ {years} ans (estimé)',
    noMatchFiltered: 'Personne ne correspond à ces filtres. Retirez-en un ou plusieurs pour voir plus de résidentes.',
    noMatchQueryFiltered: 'Personne ne correspond à « {query} » avec ces filtres.',
    countFiltered: '{count, plural, one {# correspond aux filtres} other {# correspondent aux filtres}}',
    sortHint: 'Trier par {column}',
  },
};

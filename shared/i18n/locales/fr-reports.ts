import type { enReports, enReportsValidation } from './en-reports';

export const frReports: typeof enReports = {
  reports: {
    section: {
      sex: 'Sexe',
      age_band: "Âge à l'admission",
      nationality: 'Nationalité',
      employment_at_recruitment: 'Situation professionnelle au recrutement',
      exploitation: "Type d'exploitation",
      destination: "Pays d'exploitation",
      means_of_control: 'Moyens de contrôle',
      recruitment: 'Mode de recrutement',
      referral_source: 'Orienté par',
      length_of_stay: 'Durée du séjour (séjours terminés dans la période)',
      discharge_destination: 'Destination à la sortie',
      referrals_out: 'Orientations vers des partenaires, par type',
      outreach_activities: 'Activités de sensibilisation et de formation',
      outreach_reached: 'Personnes atteintes par la sensibilisation',
      counselling_attendance: 'Présence aux séances de conseil',
      who5_change: 'Évolution du bien-être (WHO-5)',
      reintegration_6_months: 'Scores de réintégration à 6 mois',
      reintegration_12_months: 'Scores de réintégration à 12 mois',
    },
    value: {
      ctdc: {
        threats: 'Menaces',
        other_exploitation: 'Autre exploitation',
        internet: 'Internet ou réseaux sociaux',
        educational_facility: 'École ou université',
        public_area: 'Lieu public',
        shelter: 'Camp ou foyer',
        work: "Travail ou offre d'emploi",
        abduction: 'Enlèvement',
        other: 'Autre',
      },
      unknown: 'Non renseigné',
      ageBand: {
        '0_8': '0–8',
        '9_17': '9–17',
        '18_20': '18–20',
        '21_23': '21–23',
        '24_26': '24–26',
        '27_29': '27–29',
        '30_38': '30–38',
        '39_47': '39–47',
        '48_plus': '48 et plus',
      },
      stayLength: {
        under_1_month: "Moins d'un mois",
        '1_3_months': '1 à 3 mois',
        '3_6_months': '3 à 6 mois',
        over_6_months: 'Plus de 6 mois',
      },
    },
    columns: { value: 'Valeur', count: 'Personnes', section: 'Rapport', total: 'Total' },
    exportTitle: 'Rapport Amizero',
    exportScope: 'Période du {from} au {to} · site : {site}',
    allSites: 'tous les sites',
    notAvailable: "Pas encore de chiffres : cette partie de l'application ne les enregistre pas encore.",
    empty: "Personne n'est compté ici pour cette période.",
    smallCount: 'Les effectifs de 1 à 4 apparaissent comme « <5 » dans les fichiers exportés, pour que personne ne soit reconnaissable.',
  },
};

export const frReportsValidation: typeof enReportsValidation = {
  report: {
    periodReversed: 'La période se termine avant de commencer.',
    siteUnknown: "Aucun site n'a ce code.",
  },
};

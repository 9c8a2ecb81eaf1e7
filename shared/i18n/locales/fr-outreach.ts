import type { enOutreach, enOutreachValidation } from './en-outreach';

export const frOutreach: typeof enOutreach = {
  outreach: {
    nav: 'Sensibilisation',
    navDescription: 'Sensibilisation, formations, causeries et campagnes : liste et saisie.',
    navAction: 'Ouvrir le registre',
    title: 'Sensibilisation et formation',
    intro: 'Le travail du foyer dans la communauté : séances de sensibilisation, formations, causeries scolaires, médias et campagnes.',
    type: {
      community_awareness: 'Séance de sensibilisation communautaire',
      training_officials: 'Formation d’agents publics',
      training_teachers: 'Formation d’enseignants',
      school_talk: 'Causerie en milieu scolaire',
      media: 'Médias (radio, télévision, presse)',
      refugee_camp_campaign: 'Campagne dans un camp de réfugiés',
      border_community_campaign: 'Campagne dans une communauté frontalière',
      other: 'Autre activité',
    },
    audience: {
      community: 'Membres de la communauté',
      local_officials: 'Autorités locales',
      police_justice: 'Police et justice',
      teachers: 'Enseignants',
      students: 'Élèves et étudiants',
      refugees: 'Réfugiés',
      media: 'Journalistes',
      other: 'Autre',
    },
    camp: {
      mahama: 'Mahama',
      kiziba: 'Kiziba',
      nyabiheke: 'Nyabiheke',
      kigeme: 'Kigeme',
      mugombwa: 'Mugombwa',
      gihembe: 'Gihembe',
      other: 'Un autre camp',
    },
    count: {
      femaleUnder18: 'Filles (moins de 18 ans)',
      femaleAdult: 'Femmes',
      maleUnder18: 'Garçons (moins de 18 ans)',
      maleAdult: 'Hommes',
    },
    fields: {
      heldOn: 'Date',
      type: 'Activité',
      place: 'Lieu',
      province: 'Province',
      district: 'District',
      sector: 'Secteur',
      camp: 'Camp de réfugiés',
      partners: 'Partenaires',
      audience: 'Public',
      reached: 'Personnes atteintes',
      staff: 'Personnel présent',
      notes: 'Notes',
    },
    record: 'Enregistrer une activité',
    recorded: 'Activité enregistrée.',
    save: 'Enregistrer l’activité',
    none: 'Aucune activité pour ces filtres.',
    filters: { from: 'Du', to: 'Au', type: 'Toute activité', district: 'Tout district' },
  },
};

export const frOutreachValidation: typeof enOutreachValidation = {
  outreach: {
    placeRequired: 'Indiquez le district ou le camp de réfugiés.',
    nobodyCounted: 'Comptez au moins une personne atteinte.',
    staffUnknown: 'Choisissez des comptes actifs du personnel.',
  },
};

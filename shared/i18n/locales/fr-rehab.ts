/** French for rehabilitation plans, counselling sessions and case conferences (see en-rehab.ts). */
export const frRehab = {
  rehabEnums: {
    goalDomain: {
      health: 'Santé',
      psychosocial: 'Psychosocial',
      legal_justice: 'Juridique et justice',
      education: 'Éducation',
      livelihood: 'Moyens de subsistance',
      family_community: 'Famille et communauté',
      safety: 'Sécurité',
      housing: 'Logement',
    },
    goalStatus: {
      not_started: 'Pas commencé',
      in_progress: 'En cours',
      achieved: 'Atteint',
      dropped: 'Abandonné',
    },
    sessionType: { individual: 'Individuelle', group: 'De groupe', family: 'Familiale' },
    attendance: {
      scheduled: 'Prévue',
      attended: 'Présente',
      missed: 'Absente',
      cancelled_by_resident: 'Annulée par la résidente',
      cancelled_by_staff: 'Annulée par le personnel',
    },
    topic: {
      trauma: 'Traumatisme',
      grief: 'Deuil et perte',
      anxiety: 'Anxiété',
      depression: 'Humeur dépressive',
      sleep: 'Sommeil',
      relationships: 'Relations',
      family: 'Famille',
      safety_planning: 'Plan de sécurité',
      substance_use: 'Alcool ou drogues',
      legal_process: 'Procès et police',
      future_plans: 'Projets d’avenir',
      life_skills: 'Compétences de vie',
      other: 'Autre',
    },
    riskFlag: {
      self_harm: 'Automutilation',
      harm_to_others: 'Danger pour autrui',
      trafficker_contact: 'Contact ou menace des trafiquants',
      unsafe_departure: 'Projet de départ dangereux',
    },
    conferenceAttendee: { staff: 'Personnel', resident: 'La résidente', family: 'Famille', partner: 'Partenaire' },
  },
  who5: {
    title: 'Indice de bien-être OMS-5',
    intro: 'Au cours des deux dernières semaines…',
    item: {
      '1': 'Je me suis sentie bien et de bonne humeur',
      '2': 'Je me suis sentie calme et tranquille',
      '3': 'Je me suis sentie pleine d’énergie et vigoureuse',
      '4': 'Je me suis réveillée en me sentant fraîche et dispose',
      '5': 'Ma vie quotidienne a été remplie de choses intéressantes',
    },
    answer: {
      '0': 'Jamais',
      '1': 'De temps en temps',
      '2': 'Moins de la moitié du temps',
      '3': 'Plus de la moitié du temps',
      '4': 'La plupart du temps',
      '5': 'Tout le temps',
    },
    score: 'Score de bien-être {score} sur 100',
  },
};

export const frRehabValidation = {
  'rehab.droppedReasonRequired': 'Indiquez pourquoi l’objectif a été abandonné.',
  'rehab.responsibleInactive': 'Ce compte est désactivé : choisissez une personne qui travaille ici.',
  'rehab.goalDomainNotYours': 'Votre rôle n’écrit pas d’objectifs dans ce domaine.',
  'rehab.planFieldNotYours': 'Seul·e un·e conseiller·ère ou la direction change la date de révision.',
  'rehab.sessionTooFarAhead': 'Cette date est à plus d’un an.',
  'rehab.sessionBeforeAdmission': 'Cette date est antérieure à son admission.',
  'rehab.wellbeingItem': 'Chaque réponse est un nombre de 0 à 5.',
  'rehab.notesTooLong': 'Les notes sont limitées à 20 000 caractères.',
  'rehab.notInShelter': 'Elle n’était pas au centre ce jour-là.',
  'rehab.counsellorInvalid': 'Choisissez un·e conseiller·ère actif·ve.',
  'rehab.goalNotInPlan': 'Cet objectif ne fait pas partie de son plan.',
  'rehab.clinicalNotYours': 'Votre rôle n’enregistre ni scores, ni alertes, ni notes.',
  'rehab.partnerUnknown': 'Choisissez un partenaire de l’annuaire.',
  'rehab.duplicateParticipant': 'La même résidente figure deux fois.',
};

export const frRehabAuditActions = {
  'rehab.plan_saved': 'Plan de réhabilitation enregistré',
  'rehab.goal_reviewed': 'Progrès d’un objectif révisé',
  'rehab.conference_saved': 'Réunion de cas enregistrée',
  'counselling.session_saved': 'Séance de conseil enregistrée',
  'counselling.notes_viewed': 'Notes de conseil ouvertes',
  'counselling.risk_raised': 'Alerte de risque signalée',
  'counselling.risk_acknowledged': 'Alerte de risque prise en compte',
};

export const frRehabErrors = {
  PLAN_CHANGED_ELSEWHERE:
    'Quelqu’un a enregistré ce plan après que vous l’avez ouvert. Vos modifications sont toujours dans le formulaire : rechargez le plan et appliquez-les à nouveau.',
};

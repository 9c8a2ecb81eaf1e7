import type { enErasure, enErasureAuditActions, enErasureErrors } from './en-erasure';

/** Français : effacement d’une résidente, durée de conservation des dossiers clos (dans fr.ts). */
export const frErasureErrors: Record<keyof typeof enErasureErrors, string> = {
  ERASURE_LIST_TAMPERED:
    'La liste des résidentes effacées dans le fichier de clés (keyring.json) a été modifiée hors d’Amizero. Rien n’a été changé. Contactez le support informatique.',
  ERASE_OPEN_STAY: 'Elle séjourne encore au refuge. Enregistrez d’abord sa sortie : un séjour ouvert ne peut pas être effacé.',
  ERASE_SAME_ACCOUNT:
    'Un second responsable doit approuver : utilisez le compte d’un autre responsable, pas le vôtre, ou la clé de récupération.',
  ERASE_APPROVER_NOT_MANAGER: 'Seul un autre responsable actif du refuge (ou la clé de récupération) peut approuver un effacement.',
  RETENTION_ZERO: 'Une durée de zéro mois supprimerait les dossiers aussitôt. Indiquez au moins un mois.',
};

export const frErasureAuditActions: Record<keyof typeof enErasureAuditActions, string> = {
  'resident.erased': 'Résidente effacée (ses données supprimées)',
  'resident.erasure_reapplied': 'Effacements antérieurs appliqués à nouveau',
  'resident.pseudonymised': 'Résidente pseudonymisée (identité et contacts supprimés)',
  'retention.changed': 'Durées de conservation modifiées',
};

export const frErasure: typeof enErasure = {
  erasure: {
    open: 'Effacer ses données…',
    title: 'Effacer {name} ({code})',
    intro:
      'L’effacement supprime définitivement tout ce qu’Amizero conserve sur elle. Il est irréversible. Utilisez-le quand elle demande l’effacement et que la loi le permet, ou quand sa durée de conservation est écoulée.',
    willLose: 'Sera perdu :',
    rows: '{count} enregistrements au total',
    kinds: {
      residents: 'Son identité, ses contacts, son origine et ses notes de santé',
      stays: 'Séjours',
      bed_assignments: 'Lits',
      referrals_in: 'Orientation vers le refuge',
      trafficking_profiles: 'Profil de traite',
      consents: 'Consentements',
      consent_targets: 'Partenaires nommés dans les consentements',
      documents: 'Documents',
      document_contents: 'Fichiers des documents',
      referrals_out: 'Orientations vers des partenaires',
      referral_out_statuses: 'Suivi des orientations',
      break_glass: 'Accès exceptionnels (bris de glace)',
      rehab_plans: 'Plan de réhabilitation',
      rehab_plan_versions: 'Versions antérieures du plan',
      rehab_goals: 'Objectifs du plan',
      rehab_goal_reviews: 'Revues des objectifs',
      case_conferences: 'Conférences de cas',
      counselling_sessions: 'Séances de conseil (les séances de groupe restent pour les autres)',
      counselling_participants: 'Sa présence et ses scores aux séances',
      counselling_risk_flags: 'Signaux de risque',
      counselling_note_drafts: 'Brouillons de notes de conseil',
      reintegration_plans: 'Plan de réintégration',
      reintegration_visits: 'Visites de suivi',
      reintegration_closures: 'Clôture du dossier',
      reintegration_attention: 'Synthèse de suivi (points d’attention)',
      drafts: 'Formulaires non enregistrés la concernant',
      resident_words: 'Entrées de recherche',
      audit_log: 'Entrées du journal d’audit (conservées : elles ne nomment personne)',
    },
    openStay: 'Elle séjourne encore au refuge : enregistrez sa sortie avant l’effacement.',
    backupsWarning:
      'Les sauvegardes faites avant aujourd’hui contiennent encore ses données jusqu’à leur rotation. Si l’une d’elles est restaurée, Amizero l’efface à nouveau avant que quiconque puisse l’ouvrir.',
    approval: {
      title: 'Approbation par un second responsable',
      method: 'Approuvé avec',
      manager: 'Le compte d’un autre responsable',
      recoveryKey: 'La clé de récupération',
      username: 'Nom d’utilisateur du second responsable',
      password: 'Mot de passe du second responsable',
      recoveryKeyField: 'Clé de récupération',
    },
    confirmLabel: 'Saisissez son code ({code}) pour confirmer',
    confirmMismatch: 'Saisissez le code exactement comme affiché.',
    submit: 'Effacer définitivement',
    done: 'Ses données ont été effacées. {rows} enregistrements ont été supprimés.',
    previous:
      '{purged} copie conservée d’une restauration antérieure a aussi été effacée ; {removed} copie que cette clé n’ouvre pas a été supprimée.',
  },
  retention: {
    nav: 'Conservation',
    title: 'Durée de conservation des dossiers clos',
    intro:
      'Après la clôture d’un dossier (réintégration close, ou sortie sans réintégration), Amizero le conserve pendant les mois indiqués ici. Les dossiers dont la durée est écoulée apparaissent ci-dessous pour examen. Rien n’est supprimé tant que vous ne choisissez pas de pseudonymiser ou d’effacer.',
    defaultMonths: 'Tous les autres dossiers clos (mois)',
    categoryMonths: '{category} (mois)',
    useDefault: 'Laissez vide pour la durée par défaut',
    categories: {
      follow_ups_complete: 'Clos : suivis terminés',
      moved_abroad: 'Clos : partie à l’étranger',
      refused_contact: 'Clos : contact refusé',
      died: 'Clos : décédée',
      readmitted: 'Clos : réadmise',
      other: 'Clos : autre raison',
      discharged: 'Sortie sans réintégration',
    },
    save: 'Enregistrer les durées',
    saved: 'Durées de conservation enregistrées.',
    review: {
      title: 'Dossiers dont la durée de conservation est écoulée',
      empty: 'Aucun dossier clos n’a dépassé sa durée de conservation.',
      code: 'Code',
      name: 'Nom',
      category: 'Mode de clôture',
      closedOn: 'Clos le',
      keepUntil: 'Conservé jusqu’au',
      actions: 'Action',
      pseudonymised: 'Pseudonymisée',
      pseudonymise: 'Pseudonymiser…',
      erase: 'Effacer…',
    },
    pseudonymise: {
      title: 'Pseudonymiser {name} ({code})',
      body: 'Ses noms, alias, téléphone, numéro d’identité, date de naissance, village et notes de santé sont supprimés, ainsi que ses documents, les noms des témoins et tuteurs des consentements et l’agent qui l’a orientée. Son code, son sexe, sa tranche d’âge, son district et l’historique du dossier restent, pour les statistiques. C’est irréversible.',
      confirm: 'Pseudonymiser',
      done: 'Elle a été pseudonymisée.',
    },
  },
};

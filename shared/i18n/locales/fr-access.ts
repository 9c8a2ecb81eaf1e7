import { frReintegrationAccessCategories } from './fr-reintegration';
import type { enAccess, enAccessAuditActions, enAccessErrors, enAccessSettingsField } from './en-access';

/** French for need-to-know access, break the glass, the partner directory and consent gates. */
export const frAccessErrors: typeof enAccessErrors = {
  RESIDENT_NOT_ASSIGNED:
    'Cette résidente ne vous est pas attribuée, ou le dossier n’existe pas. Si vous devez ouvrir le dossier, brisez la glace et donnez votre motif.',
  CONSENT_REQUIRED:
    'Aucun consentement en vigueur ne permet d’envoyer ces informations à ce partenaire. Enregistrez le consentement de la résidente dans l’onglet Consentement, ou enregistrez une dérogation.',
  PARTNER_NOT_FOUND: 'Ce partenaire n’est plus dans l’annuaire. Choisissez un autre partenaire.',
};

export const frAccessAuditActions: typeof enAccessAuditActions = {
  'report.exported': 'Rapport exporté (effectifs seulement)',
  'report.anonymised_exported': 'Jeu de données anonymisé exporté',
  'outreach.recorded': 'Activité de sensibilisation ou de formation enregistrée',
  'resident.glass_broken': 'Dossier non attribué ouvert (bris de glace)',
  'resident.consent_overridden': 'Envoi sans consentement (dérogation enregistrée)',
  'partner.created': 'Partenaire ajouté à l’annuaire',
  'partner.updated': 'Partenaire modifié dans l’annuaire',
  'partner.removed': 'Partenaire retiré de l’annuaire',
  'consent.target_resolved': 'Nom de partenaire d’un consentement rattaché à l’annuaire',
};

export const frAccessSettingsField: typeof enAccessSettingsField = {
  residentAccess: 'Qui peut ouvrir le dossier d’une résidente',
  anonymisationK: 'Export anonymisé : plus petit groupe de personnes (k, au moins 5)',
};

export const frAccess: typeof enAccess = {
  access: {
    mode: {
      assigned: 'Personnel attribué seulement',
      all: 'Tous les conseillers et assistants sociaux',
    },
    modeHelp:
      'Avec « personnel attribué seulement », un conseiller ou une assistante sociale n’ouvre que les dossiers qui lui sont attribués ; les autres apparaissent avec le code, le prénom et la chambre. Les responsables voient tous les dossiers.',
    tableTitle: 'Qui peut faire quoi',
    tableIntro:
      'Ce que chaque rôle peut faire du dossier d’une résidente, selon sa relation avec elle. Le cœur de l’application applique ce tableau.',
    roleColumn: 'Rôle',
    categoryColumn: 'Partie du dossier',
    relation: {
      assigned: 'Attribuée',
      not_assigned: 'Non attribuée',
      broken_glass: 'Bris de glace',
    },
    level: {
      none: 'Aucun accès',
      read: 'Lecture',
      change: 'Lecture et modification',
    },
    category: {
      ...frReintegrationAccessCategories,
      rehabilitation: 'Plan de réhabilitation et réunions de cas',
      sessions: 'Tenue des séances (date, type, présence)',
      counselling: 'Notes et scores de conseil',
      identity: 'Identité',
      stay: 'Séjour et lit',
      trafficking_profile: 'Profil de traite',
      care: 'Personnel attribué et risque',
      consents: 'Consentements',
      referrals: 'Orientations externes',
      documents: 'Documents',
      history: 'Historique',
    },
    restricted: 'Non attribuée à vous',
    restrictedHint: 'Code, prénom et chambre seulement. Ouvrez le dossier pour briser la glace.',
  },
  breakGlass: {
    title: 'Ouvrir un dossier qui ne vous est pas attribué',
    intro:
      'Cette résidente ne vous est pas attribuée. Vous pouvez ouvrir son dossier jusqu’à la fin de cette session si vous avez un motif. Votre motif est enregistré et montré à la responsable du foyer.',
    reasonLabel: 'Motif',
    noteLabel: 'Expliquez',
    noteHelp: 'Ce qui s’est passé, et pourquoi vous ne pouvez pas attendre le personnel attribué.',
    confirm: 'Ouvrir le dossier',
    cancel: 'Revenir',
    reason: {
      risk_to_life: 'Danger pour sa vie ou sa sécurité',
      covering_colleague: 'Remplacement d’un collègue absent',
      incident: 'Incident au foyer',
      resident_request: 'La résidente me l’a demandé',
      other: 'Autre motif',
    },
    banner: 'Vous avez ouvert ce dossier en brisant la glace ({reason}) à {time}. L’accès prend fin au verrouillage d’Amizero.',
    bannerShort: 'Ouvert en brisant la glace : {reason}.',
    homeTitle: 'Dossiers ouverts en brisant la glace (30 jours)',
    homeEmpty: 'Personne n’a ouvert de dossier non attribué ces 30 derniers jours.',
    homeRow: '{who} a ouvert {code} le {time} : {reason}',
    noteTooShort: 'Écrivez au moins quelques mots.',
  },
  unassigned: {
    homeTitle: 'Résidentes en attente de personnel attribué',
    homeEmpty: 'Chaque résidente présente a un conseiller et une assistante sociale.',
    missingCounsellor: 'Pas de conseiller',
    missingSocialWorker: 'Pas d’assistante sociale',
    open: 'Ouvrir {code}',
  },
  partners: {
    title: 'Annuaire des partenaires',
    intro:
      'Les organisations avec lesquelles le foyer travaille. Les orientations externes et les consentements de partage choisissent un partenaire dans cette liste.',
    add: 'Ajouter un partenaire',
    edit: 'Modifier',
    remove: 'Retirer',
    removeConfirm: 'Retirer {name} de l’annuaire ? Les dossiers qui le citent le gardent.',
    save: 'Enregistrer le partenaire',
    cancel: 'Annuler',
    saved: 'Partenaire enregistré.',
    removed: 'Partenaire retiré.',
    empty: 'Aucun partenaire pour l’instant.',
    readOnly: 'Seule une responsable du foyer peut modifier l’annuaire.',
    fields: {
      type: 'Type',
      name: 'Nom',
      district: 'District',
      contactPerson: 'Personne de contact',
      phone: 'Téléphone',
    },
    unresolvedTitle: 'Noms de partenaires à rattacher',
    unresolvedIntro:
      'Ces noms ont été saisis sur des consentements avant l’annuaire et ne correspondent à aucun partenaire. Choisissez le partenaire que chacun désigne.',
    unresolvedNone: 'Chaque nom de partenaire des consentements correspond à l’annuaire.',
    resolve: 'Rattacher',
    choosePartner: 'Choisir un partenaire',
    nav: 'Partenaires',
  },
  sharing: {
    category: {
      identity: 'Identité',
      contact: 'Coordonnées',
      trafficking_profile: 'Profil de traite',
      health: 'Santé',
      counselling_summary: 'Résumé du suivi psychologique',
      documents: 'Documents',
    },
    override: {
      legal_obligation: 'Obligation légale',
      threat_to_life: 'Danger de mort',
    },
    categoriesLabel: 'Informations partagées',
    categoriesHelp: 'Seules ces parties du dossier peuvent aller au partenaire.',
    partnerLabel: 'Partenaire',
    partnerTypeLabel: 'Ou tout partenaire d’un type',
    targetsHelp: 'Choisissez des partenaires de l’annuaire, ou tout partenaire d’un type, ou les deux.',
    targetsLabel: 'Partenaires',
    anyOfType: 'Tout partenaire : {type}',
    unresolvedName: '{name} (non rattaché à l’annuaire)',
    overrideTitle: 'Envoyer sans consentement',
    overrideIntro:
      'Seulement pour une obligation légale ou un danger de mort. Une responsable ou l’assistante sociale attribuée l’enregistre ; c’est journalisé et affiché sur le dossier.',
    overrideReasonLabel: 'Motif légal',
    overrideNoteLabel: 'Expliquez',
    overrideShown: 'Envoyé sans consentement : {reason}',
    consentMissing: 'Aucun consentement en vigueur pour ce partenaire',
    consentWithdrawn: 'Consentement retiré ou expiré : ne pas envoyer',
    openConsentTab: 'Ouvrir l’onglet Consentement',
  },
};

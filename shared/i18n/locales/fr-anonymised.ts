import type { enAnonymised, enAnonymisedErrors } from './en-anonymised';

/** Français : l’écran de l’export anonymisé. */
export const frAnonymised: typeof enAnonymised = {
  anonymised: {
    title: 'Export anonymisé',
    link: 'Export anonymisé',
    back: 'Retour aux rapports',
    intro:
      'Un fichier pour les partenaires et les chercheurs : les champs du standard HTCDS (Human Trafficking Case Data Standard) dans la disposition du CTDC, une ligne par personne dont le consentement à la recherche est en vigueur. Il ne contient ni nom, ni coordonnées, ni date exacte, ni village, ni texte libre.',
    kLine:
      'Chaque combinaison de nationalité, pays d’exploitation, année, tranche d’âge et sexe du fichier est partagée par au moins {k} personnes. Un responsable du centre fixe ce nombre (k) dans les Paramètres.',
    format: 'Format',
    formats: { csv: 'CSV', xlsx: 'Excel (XLSX)' },
    save: 'Enregistrer l’export anonymisé…',
    running: 'Préparation de l’export anonymisé…',
    progressLabel: 'Export anonymisé en cours',
    savedAs: 'Enregistré sous {name}.',
    result: {
      title: 'Ce que contient le fichier',
      records: 'Personnes dans le fichier',
      suppressed: 'Valeurs supprimées (écrites « * »)',
      noConsent: 'Personnes exclues : pas de consentement à la recherche en vigueur',
      dropped: 'Personnes exclues : leur groupe est resté plus petit que k',
      k: 'Plus petit groupe (k)',
    },
  },
};

export const frAnonymisedErrors: typeof enAnonymisedErrors = {
  ANONYMISATION_K_INVALID:
    'L’export anonymisé exige des groupes d’au moins {minimum} personnes, mais les Paramètres indiquent {k}. Un responsable du centre doit de nouveau fixer k dans les Paramètres. Rien n’a été enregistré.',
};

/** French strings for security round two (spread into fr.ts). */
export const frSecurityErrors = {
  SCHEMA_TAMPERED:
    "La base de données contient des tables, déclencheurs ou vues qu'Amizero n'a pas créés : elle a peut-être été modifiée. Rien n'a été changé. Restaurez une sauvegarde ou contactez le support informatique.",
  SIGN_IN_STATE_UNWRITABLE:
    "Amizero ne peut pas enregistrer les tentatives de connexion dans son dossier de données (disque plein ou en lecture seule) : par sécurité, la connexion est refusée. Libérez de l'espace ou contactez le support informatique.",
  BACKUP_BAD_RECIPIENT_SHARE:
    "Ce fichier de sauvegarde n'est pas valide : son échange de clés utilise une valeur interdite. Il a peut-être été fabriqué pour attaquer cet ordinateur. Rien n'a été changé.",
};

export const frAuditKinds = {
  truncated: 'entrées les plus récentes supprimées (le journal est plus court que sa tête enregistrée)',
  rewritten: 'journal réécrit (il ne correspond plus à sa tête enregistrée)',
  anchor_invalid: 'la tête enregistrée du journal a été falsifiée',
};

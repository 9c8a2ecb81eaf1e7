/** Chaînes françaises pour les clés (rotation, mise à niveau du fichier de clés, copies d'avant restauration). */
export const frKeys = {
  keys: {
    rotate: {
      title: 'Changer les clés',
      intro:
        "Remplace la clé qui chiffre toutes les données et la clé des documents scellés. Les mots de passe et la clé de récupération ne changent pas. À faire après le départ d'un membre du personnel, ou quand un ordinateur, une clé USB ou une sauvegarde disparaît : les anciennes copies du fichier de clés n'ouvrent alors plus rien ici.",
      reason: 'Pourquoi',
      reasons: {
        staff_left: 'Un membre du personnel est parti',
        device_lost: 'Un ordinateur, une clé USB ou une sauvegarde a disparu',
        routine: 'Changement de routine',
      },
      submit: 'Changer les clés maintenant',
      note: "Amizero rechiffre tout dans une copie puis la met en place. Comptez environ une seconde par 100 Mo. N'éteignez pas l'ordinateur pendant ce temps ; s'il s'arrête quand même, Amizero s'ouvre avec les anciennes ou les nouvelles clés.",
      done: 'Clés remplacées : {slots} emplacements de clé mis à jour, {rows} documents scellés de nouveau.',
      pendingBlocked:
        "Pas encore possible : des comptes ou la clé de récupération utilisent encore l'ancien fichier de clés (voir ci-dessous).",
      phases: {
        copying: 'Rechiffrement des données…',
        resealing: 'Nouveau scellement des documents ({done} sur {total})…',
        swapping: 'Mise en place de la nouvelle copie…',
        done: 'Terminé.',
      },
    },
    status: {
      title: 'Mise à niveau du fichier de clés',
      upgrading:
        "Amizero passe à un fichier de clés où seuls les rôles autorisés à lire les documents en détiennent la clé. Tant que ce n'est pas terminé, toute personne ayant un mot de passe du personnel et une copie du dossier de données pourrait encore ouvrir les documents.",
      pendingAccounts: 'Pas encore connectés depuis la mise à niveau : {names}. La mise à niveau se fait à leur prochaine connexion.',
      recoveryPending:
        "La clé de récupération n'a pas été utilisée depuis la mise à niveau. Saisissez-la ici une fois pour terminer (aucun mot de passe ne change).",
      recoveryLabel: 'Clé de récupération',
      recoverySubmit: 'Terminer la mise à niveau',
      previousTitle: "Copies gardées d'une restauration",
      previous:
        "Le dossier de données contient encore {count} copie du coffre d'avant une restauration (pour annuler). Elle contient d'anciennes clés et sera supprimée après {days} jours (Paramètres).",
    },
    disablePrompt: {
      title: 'Changer aussi les clés ?',
      body: "{name} ne peut plus se connecter. Si cette personne a pu copier le dossier de données ou le fichier de clés, changez les clés maintenant : sa copie n'ouvrira alors plus rien.",
      now: 'Changer les clés maintenant',
      later: 'Pas maintenant',
    },
  },
};

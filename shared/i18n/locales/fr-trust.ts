/** Français : restaurations de confiance, chemins choisis et écritures exclusives (répandu dans fr.ts). */
export const frTrustErrors = {
  BACKUP_SIGN_IN_FAILED:
    'Ce nom d’utilisateur et ce mot de passe (ou cette clé de récupération) n’ouvrent pas cette sauvegarde. Utilisez un compte qui existait quand la sauvegarde a été faite.',
  BACKUP_SIGN_IN_NOT_MANAGER: 'Seul un responsable de foyer actif de la sauvegarde (ou sa clé de récupération) peut la restaurer.',
  BACKUP_OTHER_VAULT:
    'Cette sauvegarde provient d’un autre coffre Amizero que celui de cet ordinateur. Confirmez que vous voulez le remplacer.',
  PATH_NOT_CHOSEN:
    'Ce fichier ou ce dossier n’a pas été choisi dans une fenêtre à l’instant, ou ce choix a expiré. Choisissez-le à nouveau.',
  PATH_NETWORK: 'Les emplacements réseau ne sont pas acceptés. Choisissez un dossier de cet ordinateur ou une clé USB.',
  REAUTH_REQUIRED: 'Saisissez à nouveau votre mot de passe pour changer où vont les sauvegardes ou qui peut les ouvrir.',
  DESTINATION_EXISTS: 'Un fichier de ce nom existe déjà. Amizero ne remplace jamais un fichier : choisissez un autre nom.',
};

export const frTrust = {
  trust: {
    title: 'Se connecter à la sauvegarde',
    intro:
      'Un fichier qui s’ouvre n’est pas encore digne de confiance. Connectez-vous avec un compte de responsable qui se trouve dans cette sauvegarde, ou avec sa clé de récupération, pour prouver qu’elle est bien celle de votre foyer.',
    method: 'Comment prouver la sauvegarde',
    account: 'Compte de responsable dans la sauvegarde',
    recoveryKey: 'Clé de récupération de la sauvegarde',
    username: 'Nom d’utilisateur dans la sauvegarde',
    password: 'Mot de passe dans la sauvegarde',
    recoveryKeyLabel: 'Clé de récupération (9 groupes de 4)',
    otherVault: 'Cette sauvegarde provient d’un autre coffre que celui de cet ordinateur. La restaurer remplace entièrement ce coffre.',
    confirmOtherVault: 'J’ai compris : remplacer ce coffre par un autre',
    sameVault: 'Cette sauvegarde provient du coffre de cet ordinateur.',
  },
  reauth: {
    label: 'Votre mot de passe',
    description: 'Demandé à nouveau pour changer où vont les sauvegardes programmées ou qui peut les ouvrir.',
    keyedBackup: 'Demandé pour sceller une sauvegarde pour une clé : cela décide qui peut tout y lire.',
  },
};

/** Next to the field core names in a refused sign-in to a backup. */
export const frTrustFieldErrors = {
  notInBackup: 'Ceci n’ouvre pas la sauvegarde : utilisez ce qui était valable quand elle a été faite.',
};

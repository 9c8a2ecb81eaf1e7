import type { enBackup } from './en-backup';

/** Français : sauvegardes, restauration et fenêtres de choix de fichier. */
export const frBackup: typeof enBackup = {
  dialogs: {
    choose: 'Choisir…',
    chooseAgain: 'Choisir un autre…',
    nothingChosen: 'Rien de choisi pour le moment',
    fullPath: 'Chemin complet : {path}',
    titles: {
      backupFolder: 'Choisissez le dossier (ou la clé USB) des sauvegardes',
      backupFile: 'Choisissez un fichier de sauvegarde (.age)',
      identityFile: 'Choisissez le fichier de clé (fichier d’identité)',
      documentExport: 'Enregistrer le document sous',
    },
    failed: 'La fenêtre de choix de fichier n’a pas pu s’ouvrir. Réessayez.',
  },
  backup: {
    title: 'Sauvegardes',
    intro:
      'Une sauvegarde est un seul fichier chiffré contenant tout Amizero. Gardez-la sur une clé USB, loin de cet ordinateur : rien n’est perdu si l’ordinateur est volé ou tombe en panne.',
    status: {
      title: 'Dernière sauvegarde vérifiée',
      none: 'Aucune sauvegarde vérifiée pour le moment. Faites-en une maintenant.',
      noneChecked: 'Aucune sauvegarde n’a encore été vérifiée.',
      checkIt:
        'Vérifiez-la dans l’onglet « Vérifier un fichier de sauvegarde », ou faites-en une nouvelle avec une phrase secrète (elle est vérifiée aussitôt).',
      age: 'il y a {age}',
      at: 'Faite le {date}',
      stale: 'Trop ancienne : faites une nouvelle sauvegarde (la limite est de {days} jours).',
      fresh: 'Assez récente (la limite est de {days} jours).',
      lastFile: 'Dernier fichier de sauvegarde : {name}',
      notChecked: 'Le dernier fichier de sauvegarde ({name}, {date}) n’a pas encore été vérifié.',
      running: 'Une sauvegarde est en cours (commencée le {date}).',
      skippedFolderMissing:
        'La sauvegarde automatique du {date} n’a pas eu lieu : le dossier de sauvegarde est introuvable. Branchez la clé USB ou choisissez un autre dossier ci-dessous.',
      failed: 'La sauvegarde automatique du {date} a échoué : {reason}',
      scheduledOk: 'La dernière sauvegarde automatique a eu lieu le {date}.',
      nextDue: 'Prochaine sauvegarde automatique : {date} (seulement si quelqu’un est connecté).',
      scheduleOff: 'Les sauvegardes automatiques sont désactivées.',
      loadFailed: 'L’état des sauvegardes n’a pas pu être lu.',
    },
    ages: {
      minutes: '{n} minutes',
      hours: '{n} heures',
      days: '{n} jours',
      lessThanHour: 'moins d’une heure',
    },
    card: {
      title: 'Sauvegardes',
      open: 'Ouvrir les sauvegardes',
      askManager: 'Prévenez un·e responsable du foyer.',
      skippedFolderMissing: 'La sauvegarde automatique du {date} n’a pas eu lieu : le dossier de sauvegarde (clé USB) est introuvable.',
    },
    protection: {
      label: 'Comment la sauvegarde est verrouillée',
      passphrase: 'Phrase secrète de sauvegarde',
      recipients: 'Clés du siège',
      passphraseHelp:
        'Toute personne qui connaît cette phrase secrète peut lire toute la sauvegarde. Notez-la et gardez-la à part de la clé USB. Sans elle, la sauvegarde ne peut pas être ouverte.',
      recipientsLabel: 'Clés publiques du siège',
      recipientsHelp:
        'Une clé par ligne, chacune commençant par « age1 ». Seul le détenteur du fichier de clé correspondant peut ouvrir la sauvegarde.',
      recipientsInvalid: 'La ligne {line} n’est pas une clé publique (elle doit commencer par « age1 » et compter 62 caractères).',
    },
    create: {
      title: 'Sauvegarder maintenant',
      folder: 'Dossier de sauvegarde',
      folderHelp: 'En général la clé USB. Amizero n’écrase jamais une sauvegarde précédente.',
      submit: 'Sauvegarder maintenant',
      confirm: 'Retapez la phrase secrète',
      running: 'Sauvegarde en cours…',
      done: 'Sauvegarde faite et enregistrée : {name} ({size}).',
      doneChecked: 'Sauvegarde faite, vérifiée et enregistrée : {name} ({size}).',
      notCheckedHere: 'Seul le détenteur du fichier de clé du siège peut ouvrir et vérifier cette sauvegarde.',
      checkFailed:
        'La sauvegarde a été écrite, mais sa relecture a échoué. Ne comptez pas sur ce fichier : faites une nouvelle sauvegarde, si possible sur une autre clé USB.',
      doneHint: 'Retirez la clé USB et rangez-la en lieu sûr.',
      folderUnusable:
        'Ce dossier ne peut pas être utilisé pour le moment. Vérifiez que la clé USB est branchée, ou choisissez un autre dossier (pas dans le dossier de données d’Amizero).',
    },
    progress: {
      label: 'Progression',
      eta: 'Environ {time} restantes',
      etaUnknown: 'Estimation du temps restant…',
      cancel: 'Annuler',
      cancelling: 'Annulation…',
      phases: {
        snapshot: 'Lecture de la base de données',
        encrypt: 'Chiffrement et écriture',
        verify: 'Vérification de chaque partie du fichier',
        stage: 'Préparation des données restaurées',
        swap: 'Mise en place des données restaurées',
        rotate: 'Suppression des anciennes sauvegardes automatiques',
        done: 'Terminé',
      },
      seconds: '{n} secondes',
      minutes: '{n} minutes',
    },
    source: {
      file: 'Fichier de sauvegarde',
      unlockWith: 'L’ouvrir avec',
      passphrase: 'Phrase secrète de sauvegarde',
      identity: 'Fichier de clé',
      passphraseLabel: 'Phrase secrète de sauvegarde',
      identityLabel: 'Fichier de clé (fichier d’identité)',
      identityHelp: 'Le fichier de clé secrète du siège, pour les sauvegardes verrouillées avec les clés du siège.',
      chooseFileFirst: 'Choisissez d’abord le fichier de sauvegarde.',
      chooseIdentityFirst: 'Choisissez d’abord le fichier de clé.',
    },
    verify: {
      title: 'Vérifier un fichier de sauvegarde',
      intro: 'Lit tout le fichier et en vérifie chaque partie, sans rien changer dans Amizero.',
      submit: 'Vérifier cette sauvegarde',
      running: 'Vérification…',
      good: 'Cette sauvegarde est complète et lisible.',
    },
    summary: {
      organisation: 'Organisation',
      site: 'Code du site',
      createdAt: 'Faite le',
      appVersion: 'Faite avec Amizero {version}',
      size: 'Taille',
      counts: 'Ce qu’elle contient',
      count: {
        residents: 'Résidents',
        users: 'Comptes du personnel',
        stays: 'Séjours',
        documents: 'Documents',
        audit_log: 'Entrées du journal d’audit',
      },
    },
    restore: {
      title: 'Restaurer une sauvegarde',
      intro:
        'Remplace tout le contenu d’Amizero par celui d’une sauvegarde. Le fichier entier est d’abord vérifié ; les données actuelles sont conservées pour pouvoir annuler la restauration.',
      preview: 'Voir ce que contient la sauvegarde',
      previewing: 'Vérification du fichier entier…',
      previewTitle: 'Cette sauvegarde contient',
      otherOrigin: 'Cette sauvegarde vient d’une autre organisation ou d’un autre site',
      otherOriginBody:
        'Cet ordinateur appartient à {currentOrg} (site {currentSite}) ; la sauvegarde vient de {backupOrg} (site {backupSite}). La restaurer remplace les données de ce foyer par les leurs.',
      file: 'Fichier : {name}',
      replaces:
        'Tout ce qui est maintenant dans Amizero sera remplacé par le contenu de cette sauvegarde (faite le {date}). Ce qui a été saisi depuis disparaîtra, sauf si vous annulez la restauration.',
      passwordsNote: 'Après la restauration, le personnel se connecte avec les mots de passe valables le {date}, date de la sauvegarde.',
      confirmLabel: 'Pour confirmer, tapez {word}',
      confirmWord: 'RESTAURER',
      confirmMismatch: 'Tapez exactement {word} pour confirmer.',
      submit: 'Restaurer cette sauvegarde',
      running: 'Restauration…',
      chooseAnother: 'Choisir un autre fichier',
      doneTitle: 'Sauvegarde restaurée',
      doneBody:
        'Amizero contient maintenant les données de la sauvegarde du {date}. Connectez-vous avec le mot de passe que vous aviez ce jour-là. Pour revenir aux données d’avant la restauration, connectez-vous et choisissez « Annuler la restauration » sur la page Sauvegardes.',
      migrated: 'La sauvegarde venait d’une version plus ancienne d’Amizero et a été mise à jour.',
    },
    undo: {
      title: 'Annuler la dernière restauration',
      intro:
        'Remet les données qui étaient là avant la dernière restauration. Amizero se verrouille, et le personnel se connecte avec les mots de passe d’avant la restauration.',
      button: 'Annuler la restauration',
      setAside: 'Les données d’avant ont été mises de côté le {when}.',
      confirmTitle: 'Annuler la dernière restauration ?',
      confirmBody:
        'Les données d’avant la restauration reviennent. Ce qui a été saisi depuis la restauration est mis de côté, pas supprimé.',
      confirm: 'Oui, annuler la restauration',
      doneTitle: 'Restauration annulée',
      doneBody:
        'Les données d’avant la restauration sont revenues. Connectez-vous avec le mot de passe que vous aviez avant la restauration.',
    },
    schedule: {
      title: 'Sauvegardes automatiques',
      intro:
        'Amizero fait une sauvegarde tout seul pendant que quelqu’un est connecté, dans le dossier choisi, et supprime les plus anciennes.',
      enabled: 'Faire des sauvegardes automatiquement',
      folder: 'Dossier des sauvegardes automatiques',
      intervalHours: 'Toutes les combien d’heures',
      keepDaily: 'Sauvegardes quotidiennes à garder',
      keepWeekly: 'Sauvegardes hebdomadaires à garder',
      staleAfterDays: 'Avertir après combien de jours',
      passphraseSet: 'Une phrase secrète est enregistrée (dans la base de données chiffrée). Laissez vide pour la garder.',
      passphraseHelp: 'Enregistrée uniquement dans la base de données chiffrée, jamais réaffichée.',
      save: 'Enregistrer',
      saved: 'Sauvegardes automatiques enregistrées.',
      runNow: 'Lancer la sauvegarde automatique maintenant',
      ranNow: 'Sauvegarde automatique terminée.',
    },
  },
  newComputer: {
    entry: 'Restaurer une sauvegarde',
    entryHelp: 'Vous changez d’ordinateur ? Munissez-vous du fichier de sauvegarde et de sa phrase secrète ou de son fichier de clé.',
    title: 'Restaurer Amizero à partir d’une sauvegarde',
    intro:
      'À utiliser sur un ordinateur neuf ou de remplacement. Choisissez le fichier de sauvegarde (par exemple sur la clé USB) et tapez sa phrase secrète. Vous verrez ce qu’il contient avant toute restauration.',
    back: 'Revenir à la configuration d’un nouveau foyer',
    doneTitle: 'Amizero est restauré sur cet ordinateur',
    doneBody:
      'Tout ce que contenait la sauvegarde du {date} est là. Connectez-vous avec votre nom d’utilisateur et le mot de passe que vous aviez ce jour-là. Un·e responsable peut aussi utiliser la clé de récupération de cette époque.',
    signIn: 'Aller à la connexion',
  },
};

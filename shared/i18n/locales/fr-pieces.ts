import type { enPieces, enPiecesFieldErrors } from './en-pieces';

/** Chaînes françaises pour le découpage d'une sauvegarde en morceaux (dans fr.ts). */
export const frPieces: typeof enPieces = {
  backupPieces: {
    tab: 'Morceaux pour l’e-mail',
    title: 'Découper une sauvegarde en morceaux pour l’e-mail',
    intro:
      'La plupart des messageries refusent les grosses pièces jointes. Découpez un fichier de sauvegarde en morceaux numérotés et envoyez-les un par un : chaque morceau est verrouillé à nouveau, et de l’autre côté un seul morceau, avec les autres à côté ou dans un dossier, restaure ou vérifie toute la sauvegarde.',
    file: 'Fichier de sauvegarde à découper',
    folder: 'Dossier des morceaux',
    folderHelp: 'Un dossier vide de préférence : les morceaux portent le nom de la sauvegarde.',
    size: 'Taille de chaque morceau (Mo)',
    sizeHelp: 'Entre 1 et 2048. 10 Mo passent dans la plupart des messageries.',
    sizeInvalid: 'Saisissez un nombre entier de Mo entre 1 et 2048.',
    passphraseLabel: 'La phrase secrète de la sauvegarde',
    passphraseHelp:
      'Utilisez la phrase secrète de la sauvegarde elle-même : le destinataire ouvre avec elle les morceaux et la sauvegarde.',
    recipientsHelp: 'Utilisez les clés de la sauvegarde : le destinataire ouvre les morceaux et la sauvegarde avec le même fichier de clé.',
    submit: 'Découper en morceaux',
    running: 'Découpage de la sauvegarde en morceaux…',
    done: 'Morceaux écrits : {count} ({size} au total). Envoyez-les tous :',
    doneHint:
      'Pour restaurer ou vérifier, choisissez un seul morceau ; les autres doivent être dans le même dossier ou dans le dossier choisi pour les autres fichiers.',
  },
};

export const frPiecesFieldErrors: typeof enPiecesFieldErrors = {
  notBackupPassphrase:
    'Cette phrase secrète n’ouvre pas la sauvegarde choisie. Utilisez la phrase secrète de la sauvegarde elle-même (une sauvegarde verrouillée par des clés n’en a pas : choisissez les clés).',
};

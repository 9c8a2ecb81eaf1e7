/** English strings for cutting a backup into pieces for e-mail (spread into en.ts). */
export const enPieces = {
  backupPieces: {
    tab: 'Pieces for e-mail',
    title: 'Split a backup into pieces for e-mail',
    intro:
      'Most e-mail refuses large attachments. Cut a backup file into numbered pieces and send them one by one: each piece is locked again on its own, and on the other side any one piece, with the others beside it or in a folder, restores or checks the whole backup.',
    file: 'Backup file to cut',
    folder: 'Folder for the pieces',
    folderHelp: 'An empty folder is best: the pieces are named after the backup.',
    size: 'Size of each piece (MB)',
    sizeHelp: 'Between 1 and 2048. 10 MB passes most e-mail.',
    sizeInvalid: 'Enter a whole number of MB between 1 and 2048.',
    passphraseLabel: "The backup's passphrase",
    passphraseHelp: 'Use the passphrase of the backup itself: whoever receives the pieces opens them and the backup with it.',
    recipientsHelp: 'Use the keys the backup is locked to: whoever receives the pieces opens them and the backup with the same key file.',
    submit: 'Cut into pieces',
    running: 'Cutting the backup into pieces…',
    done: 'Pieces written: {count} ({size} in all). Send every one of them:',
    doneHint:
      'To restore or check, choose any one piece; the others must be in the same folder or in the folder you pick for the other files.',
  },
};

/** Next to the passphrase field when it is not the backup's own. */
export const enPiecesFieldErrors = {
  notBackupPassphrase:
    "This passphrase does not open the chosen backup. Use the backup's own passphrase (a backup locked to keys has none: choose keys instead).",
};

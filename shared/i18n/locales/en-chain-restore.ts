/** English strings for restoring from a chain of incremental backups in the window (spread into en.ts). */
export const enChainRestore = {
  chainRestore: {
    links: 'Folder with the files it needs',
    linksHelp:
      'Only for a backup that holds changes only: choose the folder (for example the USB stick) holding its full backup and every backup between them.',
    rebuilt: 'Checked whole: this point was rebuilt from {count} files, its full backup and every change after it.',
  },
};

/** English: trusted restores, chosen paths and exclusive writes (spread into en.ts). */
export const enTrustErrors = {
  BACKUP_SIGN_IN_FAILED:
    'That username and password (or recovery key) do not open this backup. Use an account that existed when the backup was made.',
  BACKUP_SIGN_IN_NOT_MANAGER: 'Only an active shelter manager of the backup (or its recovery key) can restore it.',
  BACKUP_OTHER_VAULT: 'This backup is of another Amizero vault than the one on this computer. Confirm that you want to replace it.',
  PATH_NOT_CHOSEN: 'That file or folder was not chosen in a window just now, or the choice has expired. Choose it again.',
  PATH_NETWORK: 'Network locations cannot be used. Choose a folder on this computer or a USB stick.',
  REAUTH_REQUIRED: 'Type your password again to change where backups go or who can open them.',
  DESTINATION_EXISTS: 'A file with that name is already there. Amizero never replaces a file: choose another name.',
};

export const enTrust = {
  trust: {
    title: 'Sign in to the backup',
    intro:
      'A file that opens is not yet trusted. Sign in with a shelter manager account that is inside this backup, or with its recovery key, to prove it is your shelter’s.',
    method: 'How to prove the backup',
    account: 'Manager account in the backup',
    recoveryKey: 'Recovery key of the backup',
    username: 'Username in the backup',
    password: 'Password in the backup',
    recoveryKeyLabel: 'Recovery key (9 groups of 4)',
    otherVault: 'This backup is of another vault than the one on this computer. Restoring it replaces this vault completely.',
    confirmOtherVault: 'I understand: replace this vault with a different one',
    sameVault: 'This backup is of the vault on this computer.',
  },
  reauth: {
    label: 'Your password',
    description: 'Needed again to change where scheduled backups go or who can open them.',
    keyedBackup: 'Needed to seal a backup to a key: that decides who can read everything in it.',
  },
};

/** Next to the field core names in a refused sign-in to a backup. */
export const enTrustFieldErrors = {
  notInBackup: 'This does not open the backup: use what was valid when it was made.',
};

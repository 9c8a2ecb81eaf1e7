/** English for screen-reader names, notifications and the backup folder after a restore (spread into en.ts). */
export const enA11y = {
  scheduleAfterRestore: {
    title: 'Choose the folder for scheduled backups again',
    body: 'The data now in Amizero came back from a backup that had no backup folder for this computer, so scheduled backups have nowhere to go. Choose the folder (or USB stick) again below and save.',
  },
  a11y: {
    clearChoice: 'Clear the choice',
    clearFile: 'Clear the chosen file',
    closeDialog: 'Close the dialog',
    closeMessage: 'Close the message',
    closeNotification: 'Close the notification',
  },
};

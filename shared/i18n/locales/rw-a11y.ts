import type { enA11y } from './en-a11y';

/** Kinyarwanda for screen-reader names, notifications and the backup folder after a restore. */
export const rwA11y: typeof enA11y = {
  scheduleAfterRestore: {
    title: "Ongera uhitemo ububiko bwa kopi z'igihe cyagenwe",
    body: "Amakuru ari muri Amizero yagaruwe avuye muri kopi itari ifite ububiko bwa kopi kuri iyi mudasobwa, bityo kopi z'igihe cyagenwe nta hantu zifite zijya. Ongera uhitemo ububiko (cyangwa flash disk) hepfo maze ubike.",
  },
  a11y: {
    clearChoice: 'Siba icyo wahisemo',
    clearFile: 'Siba dosiye wahisemo',
    closeDialog: 'Funga idirishya',
    closeMessage: 'Funga ubu butumwa',
    closeNotification: 'Funga ubutumwa',
  },
};

import type { enA11y } from './en-a11y';

/** French for screen-reader names, notifications and the backup folder after a restore. */
export const frA11y: typeof enA11y = {
  scheduleAfterRestore: {
    title: 'Choisissez à nouveau le dossier des sauvegardes programmées',
    body: "Les données d'Amizero viennent d'une sauvegarde qui n'avait pas de dossier de sauvegarde pour cet ordinateur : les sauvegardes programmées n'ont nulle part où aller. Choisissez à nouveau le dossier (ou la clé USB) ci-dessous et enregistrez.",
  },
  a11y: {
    clearChoice: 'Effacer le choix',
    clearFile: 'Effacer le fichier choisi',
    closeDialog: 'Fermer la fenêtre',
    closeMessage: 'Fermer le message',
    closeNotification: 'Fermer la notification',
  },
};

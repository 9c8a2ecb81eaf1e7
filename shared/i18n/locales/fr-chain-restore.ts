import type { enChainRestore } from './en-chain-restore';

/** Chaînes françaises de la restauration depuis une chaîne de sauvegardes incrémentielles (répandues dans fr.ts). */
export const frChainRestore: typeof enChainRestore = {
  chainRestore: {
    links: 'Dossier des fichiers nécessaires',
    linksHelp:
      'Seulement pour une sauvegarde qui ne contient que des changements : choisissez le dossier (par exemple la clé USB) qui contient sa sauvegarde complète et toutes les sauvegardes entre les deux.',
    rebuilt:
      'Vérifié en entier : ce point a été reconstruit à partir de {count} fichiers, sa sauvegarde complète et chaque changement qui a suivi.',
  },
};

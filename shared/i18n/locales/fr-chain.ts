import type { enChain, enChainErrors } from './en-chain';

/** Chaînes françaises des sauvegardes incrémentielles (répandues dans fr.ts). */
export const frChainErrors: Record<keyof typeof enChainErrors, string> = {
  BACKUP_CHAIN_BASE_MISSING:
    "La sauvegarde complète par laquelle commence cette chaîne est absente : faite le {made}. Ajoutez ce fichier et réessayez. Rien n'a été modifié.",
  BACKUP_CHAIN_LINK_MISSING:
    "Le maillon {link} sur {of} est absent : fait le {made}. Ajoutez ce fichier et réessayez. Rien n'a été modifié.",
  BACKUP_CHAIN_DUPLICATE: "Le maillon {link} ({file}) a été donné deux fois ou a déjà été appliqué. Rien n'a été modifié.",
  BACKUP_CHAIN_FOREIGN:
    "{file} ne fait pas partie de cette chaîne : il appartient à un autre coffre ou à une autre chaîne de sauvegardes. Rien n'a été modifié.",
  BACKUP_CHAIN_ORDER:
    "Le maillon {link} ({file}) ne suit pas le fichier qui le précède dans la chaîne (il a été fait le {made}). Rien n'a été modifié.",
  BACKUP_PIECE_MISSING: "La partie {piece} sur {of} ({file}) est absente. Ajoutez toutes les parties et réessayez. Rien n'a été modifié.",
  BACKUP_PIECES_MIXED:
    "{file} est une partie d'une autre sauvegarde. Choisissez uniquement les parties d'une même sauvegarde. Rien n'a été modifié.",
  BACKUP_REPLICA_INVALID: "Ce dossier n'est pas une copie du siège faite à partir des sauvegardes de ce centre. Rien n'a été modifié.",
};

/** La liste des points de restauration de la page Sauvegardes (répandue dans fr.ts). */
export const frChain: typeof enChain = {
  backupChains: {
    title: 'Points de restauration dans le dossier des sauvegardes',
    intro:
      'La plupart des sauvegardes programmées ne contiennent que ce qui a changé depuis la précédente. Pour en restaurer une, Amizero a besoin de sa sauvegarde complète et de toutes les sauvegardes entre les deux : gardez-les ensemble.',
    none: "Aucune sauvegarde programmée dans le dossier pour l'instant (ou la clé USB n'est pas branchée).",
    made: 'Faite le',
    kind: 'Type',
    size: 'Taille',
    needs: 'Pour restaurer ce point',
    full: 'Sauvegarde complète',
    link: 'Changements seulement ({n})',
    needsNothing: 'Ce fichier seul',
    needsFiles: 'Ces {count} fichiers ensemble ({size})',
    incomplete: 'Un fichier nécessaire manque dans le dossier.',
  },
};

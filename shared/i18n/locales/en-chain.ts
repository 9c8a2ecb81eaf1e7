/** English strings for incremental backups: chains of links, pieces, the head-office replica (spread into en.ts). */
export const enChainErrors = {
  BACKUP_CHAIN_BASE_MISSING:
    'The full backup this chain starts from is missing: made {made}. Add that file and try again. Nothing was changed.',
  BACKUP_CHAIN_LINK_MISSING: 'Link {link} of {of} is missing: made {made}. Add that file and try again. Nothing was changed.',
  BACKUP_CHAIN_DUPLICATE: 'Link {link} ({file}) was given twice or has already been applied. Nothing was changed.',
  BACKUP_CHAIN_FOREIGN:
    '{file} is not part of this chain: it belongs to another vault or to another chain of backups. Nothing was changed.',
  BACKUP_CHAIN_ORDER: 'Link {link} ({file}) does not follow the file before it in the chain (it was made {made}). Nothing was changed.',
  BACKUP_PIECE_MISSING: 'Piece {piece} of {of} ({file}) is missing. Add every piece and try again. Nothing was changed.',
  BACKUP_PIECES_MIXED: '{file} is a piece of another backup. Choose only the pieces of one backup. Nothing was changed.',
  BACKUP_REPLICA_INVALID: 'That folder is not a head-office copy made from backups of this shelter. Nothing was changed.',
};

/** The Backups page's list of restore points (spread into en.ts). */
export const enChain = {
  backupChains: {
    title: 'Restore points in the backup folder',
    intro:
      'Most scheduled backups hold only what changed since the one before. To restore one of those, Amizero needs its full backup and every backup between them: keep them together.',
    none: 'No scheduled backup is in the folder yet (or the USB stick is not plugged in).',
    made: 'Made',
    kind: 'Kind',
    size: 'Size',
    needs: 'To restore this point',
    full: 'Full backup',
    link: 'Changes only ({n})',
    needsNothing: 'This file alone',
    needsFiles: 'These {count} files together ({size})',
    incomplete: 'A file it needs is missing from the folder.',
  },
};

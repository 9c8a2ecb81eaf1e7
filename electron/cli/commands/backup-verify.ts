import { verifyBackup } from '../../core/backup/verify';
import { withFileKeys } from '../../core/backup/age';
import { checkSourceFile } from '../../core/backup/locations';
import { secretsFrom } from '../../core/backup/service';
import { joinPieces } from '../../core/backup/chain/pieces';
import { readChainFile } from '../../core/backup/chain/read';
import { verifyChain } from '../../core/backup/chain/rebuild';
import { parseCommandArgs } from '../args';
import { print } from '../output';
import { EXIT_OK } from '../usage-error';
import type { Command } from './command';
import { BACKUP_SOURCE_OPTIONS, backupSourceArgs, readSecrets } from './backup-input';
import { splitFiles } from './backup-files';
import { printSummary } from './backup-summary';

export const backupVerifyCommand: Command = {
  words: ['backup', 'verify'],
  summary: 'check a backup file, a chain of incremental backups or a set of pieces end to end',
  help: `Usage: amizero backup verify FILE… (--passphrase-stdin | --identity KEYFILE)

Decrypts into a private temporary folder, checks every checksum, opens the database
snapshot and runs SQLite's integrity check and a check of every encrypted page, then
prints what the backup holds. No vault is read or changed.

FILE may be one backup file, or the files of a chain (the full backup and its
incremental links, in any order: the newest point is rebuilt and checked whole), or
pieces made for e-mail (in any order). A missing link or piece is named.

  --passphrase-stdin   read the backup passphrase from the first line of standard input
  --identity KEYFILE   an age key file (from 'amizero backup keygen' or age-keygen)`,

  async run(argv) {
    const { files, rest } = splitFiles(argv, 'backup verify');
    const args = parseCommandArgs(rest, BACKUP_SOURCE_OPTIONS, backupSourceArgs, 'backup verify');
    const { passphrase } = await readSecrets({ password: false, passphrase: args.passphraseStdin });
    const checked = files.map((f) => checkSourceFile(f, null));
    const from = secretsFrom(passphrase !== undefined ? { passphrase } : { identityPath: args.identity! }, null);
    // Each file is read more than once (pieces, head, body): its passphrase is derived once.
    await withFileKeys(from, async (secrets) => {
      const joined = await joinPieces(checked, secrets);
      try {
        const only = joined.files.length === 1 ? joined.files[0]! : null;
        const single = only !== null && (await readChainFile(only, secrets)).head.kind === 'full';
        const summary = single ? await verifyBackup(only, secrets) : await verifyChain(joined.files, secrets, { strict: true });
        print(single ? 'Backup is intact.' : 'Chain is intact: every link applies in order and the database it rebuilds checks out.');
        printSummary(summary);
      } finally {
        joined.cleanup();
      }
    });
    return EXIT_OK;
  },
};

import { verifyBackup } from '../../core/backup/verify';
import { checkSourceFile } from '../../core/backup/locations';
import { secretsFrom } from '../../core/backup/service';
import { parseCommandArgs } from '../args';
import { print } from '../output';
import { EXIT_OK } from '../usage-error';
import type { Command } from './command';
import { BACKUP_SOURCE_OPTIONS, backupSourceArgs, readSecrets, splitFile } from './backup-input';
import { printSummary } from './backup-summary';

export const backupVerifyCommand: Command = {
  words: ['backup', 'verify'],
  summary: 'check a backup file end to end without touching any vault',
  help: `Usage: amizero backup verify FILE (--passphrase-stdin | --identity KEYFILE)

Decrypts FILE into a private temporary folder, checks every checksum, opens the
database snapshot and runs SQLite's integrity check and a check of every encrypted
page, then prints what the backup holds. No vault is read or changed.

  --passphrase-stdin   read the backup passphrase from the first line of standard input
  --identity KEYFILE   an age key file (from 'amizero backup keygen' or age-keygen)`,

  async run(argv) {
    const { file, rest } = splitFile(argv, 'backup verify');
    const args = parseCommandArgs(rest, BACKUP_SOURCE_OPTIONS, backupSourceArgs, 'backup verify');
    const { passphrase } = await readSecrets({ password: false, passphrase: args.passphraseStdin });
    const secrets = secretsFrom(passphrase !== undefined ? { passphrase } : { identityPath: args.identity! }, null);
    const summary = await verifyBackup(checkSourceFile(file, null), secrets);
    print('Backup is intact.');
    printSummary(summary);
    return EXIT_OK;
  },
};

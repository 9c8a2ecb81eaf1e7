import { z } from 'zod';
import { Core } from '../../core/core';
import { parseCommandArgs, resolveDataDir } from '../args';
import { coreLog, print } from '../output';
import { EXIT_OK, UsageError } from '../usage-error';
import { DATA_DIR_HELP, type Command } from './command';
import { BACKUP_SOURCE_OPTIONS, PASSPHRASE_HELP, readSecrets, splitFile, username } from './backup-input';
import { printSummary } from './backup-summary';

const OPTIONS = { ...BACKUP_SOURCE_OPTIONS, 'data-dir': { type: 'string' }, username: { type: 'string' } } as const;
const argsSchema = z
  .object({
    'passphrase-stdin': z.boolean().optional(),
    identity: z.string().min(1).optional(),
    'data-dir': z.string().min(1).optional(),
    username: username.optional(),
    help: z.boolean().optional(),
  })
  .refine((a) => Boolean(a['passphrase-stdin']) !== (a.identity !== undefined), { message: 'required', path: ['passphrase-stdin'] });

export const backupRestoreCommand: Command = {
  words: ['backup', 'restore'],
  summary: 'replace the vault with a backup (the current one is kept for undo)',
  help: `Usage: amizero backup restore FILE (--passphrase-stdin | --identity KEYFILE) [--username USER] [--data-dir DIR]

Verifies the whole of FILE first; only then moves the current vault (if any) into a
previous-<time> folder inside the data folder and puts the backup in its place. After
a restore, staff sign in with the passwords (or recovery key) that were valid when the
backup was made. Restoring over an existing vault needs a shelter manager (--username);
restoring into an empty folder (a new computer) does not.

  --passphrase-stdin   read the backup passphrase from standard input
  --identity KEYFILE   an age key file that the backup was made for
  --username USER      a shelter manager of the current vault (when one exists)
${DATA_DIR_HELP}

${PASSPHRASE_HELP}`,

  async run(argv) {
    const { file, rest } = splitFile(argv, 'backup restore');
    const args = parseCommandArgs(rest, OPTIONS, argsSchema, 'backup restore');
    const core = new Core({ dataDir: resolveDataDir(args['data-dir']), log: coreLog, scheduledBackups: false });
    try {
      const hasVault = (await core.call('app.status', {})).vault !== 'none';
      if (hasVault && !args.username)
        throw new UsageError('this folder holds a vault: give --username of a shelter manager', 'backup restore');
      const secrets = await readSecrets({ password: hasVault, passphrase: Boolean(args['passphrase-stdin']) });
      const source = {
        sourcePath: file,
        ...(secrets.passphrase !== undefined ? { passphrase: secrets.passphrase } : { identityPath: args.identity! }),
      };
      let result;
      if (hasVault) {
        await core.call('auth.signIn', { username: args.username!, password: secrets.password! });
        result = await core.call('backup.restore', source);
      } else {
        result = await core.call('backup.restoreNew', source);
      }
      print(
        `Restored.${result.previousFolder ? ` The replaced vault was kept in ${result.previousFolder}.` : ''}${result.migrated ? ' The backup was upgraded to this version.' : ''}`,
      );
      printSummary(result.summary);
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};

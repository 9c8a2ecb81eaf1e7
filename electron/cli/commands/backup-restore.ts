import { z } from 'zod';
import { Core } from '../../core/core';
import type { RestoreTrust } from '../../../shared/contract/channels/backup';
import { parseCommandArgs, resolveDataDir } from '../args';
import { coreLog, print } from '../output';
import { EXIT_OK, UsageError } from '../usage-error';
import { DATA_DIR_HELP, type Command } from './command';
import { BACKUP_SOURCE_OPTIONS, PASSPHRASE_HELP, readSecrets, splitFile, username } from './backup-input';
import { printSummary } from './backup-summary';
import { resolve } from 'node:path';
import { grantedToken } from '../../core/grants/granted';

const OPTIONS = {
  ...BACKUP_SOURCE_OPTIONS,
  'data-dir': { type: 'string' },
  username: { type: 'string' },
  'backup-username': { type: 'string' },
  'backup-recovery-key': { type: 'boolean' },
  'confirm-other-vault': { type: 'boolean' },
} as const;
const argsSchema = z
  .object({
    'passphrase-stdin': z.boolean().optional(),
    identity: z.string().min(1).optional(),
    'data-dir': z.string().min(1).optional(),
    username: username.optional(),
    'backup-username': username.optional(),
    'backup-recovery-key': z.boolean().optional(),
    'confirm-other-vault': z.boolean().optional(),
    help: z.boolean().optional(),
  })
  .refine((a) => Boolean(a['passphrase-stdin']) !== (a.identity !== undefined), { message: 'required', path: ['passphrase-stdin'] })
  .refine((a) => (a['backup-username'] !== undefined) !== Boolean(a['backup-recovery-key']), {
    message: 'required',
    path: ['backup-username'],
  });

export const backupRestoreCommand: Command = {
  words: ['backup', 'restore'],
  summary: 'replace the vault with a backup (the current one is kept for undo)',
  help: `Usage: amizero backup restore FILE (--passphrase-stdin | --identity KEYFILE)
         (--backup-username USER | --backup-recovery-key) [--username USER] [--confirm-other-vault] [--data-dir DIR]

Verifies the whole of FILE first, then proves it: a file that decrypts is not yet
trusted, so you sign in to the backup itself, with one of its active shelter managers
(--backup-username, and that account's password as it was when the backup was made) or
its recovery key (--backup-recovery-key). Only then is the current vault (if any) moved
into a previous-<time> folder inside the data folder and the backup put in its place.
Restoring over an existing vault also needs a shelter manager of it (--username); a
backup of a different vault is refused unless --confirm-other-vault is given.

  --passphrase-stdin     read the backup passphrase from standard input
  --identity KEYFILE     an age key file that the backup was made for
  --backup-username USER a shelter manager account inside the backup
  --backup-recovery-key  prove the backup with its recovery key instead
  --username USER        a shelter manager of the current vault (when one exists)
  --confirm-other-vault  the backup is of another vault: replace this one anyway
${DATA_DIR_HELP}

${PASSPHRASE_HELP}
The backup account's password (or the backup's recovery key) is read from the next line of
standard input, after the others.`,

  async run(argv) {
    const { file, rest } = splitFile(argv, 'backup restore');
    const args = parseCommandArgs(rest, OPTIONS, argsSchema, 'backup restore');
    const core = new Core({ dataDir: resolveDataDir(args['data-dir']), log: coreLog, scheduledBackups: false });
    try {
      const hasVault = (await core.call('app.status', {})).vault !== 'none';
      if (hasVault && !args.username)
        throw new UsageError('this folder holds a vault: give --username of a shelter manager', 'backup restore');
      const byKey = Boolean(args['backup-recovery-key']);
      const secrets = await readSecrets({
        password: hasVault,
        passphrase: Boolean(args['passphrase-stdin']),
        backup: byKey ? 'backup recovery key' : 'backup password',
      });
      const trust: RestoreTrust = byKey
        ? { method: 'recoveryKey', recoveryKey: secrets['backup recovery key']! }
        : { method: 'account', username: args['backup-username']!, password: secrets['backup password']! };
      const source = {
        sourceToken: await grantedToken(core, 'backupFile', file),
        ...(secrets.passphrase !== undefined
          ? { passphrase: secrets.passphrase }
          : { identityToken: await grantedToken(core, 'identityFile', resolve(args.identity!)) }),
        trust,
        confirmOtherVault: Boolean(args['confirm-other-vault']),
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

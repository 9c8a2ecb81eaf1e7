import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { Core } from '../../core/core';
import { parseCommandArgs, resolveDataDir } from '../args';
import { coreLog, print } from '../output';
import { EXIT_OK } from '../usage-error';
import { DATA_DIR_HELP, type Command } from './command';
import { PASSPHRASE_HELP, readSecrets, username } from './backup-input';
import { printProgress } from './backup-progress';
import { grantedToken } from '../../core/grants/granted';

const OPTIONS = {
  'data-dir': { type: 'string' },
  username: { type: 'string' },
  out: { type: 'string' },
  recipient: { type: 'string', multiple: true },
  'passphrase-stdin': { type: 'boolean' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const argsSchema = z
  .object({
    'data-dir': z.string().min(1).optional(),
    username,
    out: z.string().min(1),
    recipient: z.array(z.string()).optional(),
    'passphrase-stdin': z.boolean().optional(),
    progress: z.boolean().optional(),
    help: z.boolean().optional(),
  })
  .refine((a) => Boolean(a['passphrase-stdin']) !== Boolean(a.recipient?.length), { message: 'required', path: ['passphrase-stdin'] });

export const backupCreateCommand: Command = {
  words: ['backup', 'create'],
  summary: 'write an encrypted backup file (age format)',
  help: `Usage: amizero backup create --username USER --out FILE (--passphrase-stdin | --recipient age1… [--recipient age1…]…) [--progress] [--data-dir DIR]

Signs in as USER (a shelter manager) and writes a backup of the whole vault to FILE,
an age-encrypted file that the stock 'age' tool can also open. Protect it either with a
backup passphrase or with one or more public keys (e.g. the head office's, made with
'amizero backup keygen'); the age format does not allow both in one file.
FILE must not exist yet; it appears only once the backup is complete.

  --username USER      a shelter manager's account
  --out FILE           the backup file to write (e.g. on a USB stick), ending in .age
  --recipient age1…    a public key that can open the backup (repeatable)
  --passphrase-stdin   protect the backup with a passphrase read from standard input
  --progress           print progress lines (with time left) on standard error
${DATA_DIR_HELP}

${PASSPHRASE_HELP}`,

  async run(argv) {
    const args = parseCommandArgs(argv, OPTIONS, argsSchema, 'backup create');
    const secrets = await readSecrets({ password: true, passphrase: Boolean(args['passphrase-stdin']) });
    const out = resolve(args.out);
    const core = new Core({ dataDir: resolveDataDir(args['data-dir']), log: coreLog, scheduledBackups: false });
    if (args.progress) printProgress(core);
    try {
      await core.call('auth.signIn', { username: args.username, password: secrets.password! });
      // Naming the folder on the command line is this person's choice, as a dialog's answer is in the app.
      const made = await core.call('backup.create', {
        folderToken: await grantedToken(core, 'backupFolder', dirname(out)),
        fileName: basename(out),
        ...(secrets.passphrase !== undefined
          ? { passphrase: secrets.passphrase }
          : { recipients: args.recipient ?? [], password: secrets.password! }),
      });
      print(`Backup written: ${made.path} (${made.fileBytes} bytes, site ${made.summary.siteCode}, ${made.summary.createdAt})`);
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};

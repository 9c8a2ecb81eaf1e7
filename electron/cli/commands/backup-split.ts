import { resolve } from 'node:path';
import { z } from 'zod';
import { ageRecipientSchema } from '../../../shared/domain/backup-schedule';
import { checkDestinationFolder, checkSourceFile } from '../../core/backup/locations';
import { DEFAULT_PIECE_MB, splitIntoPieces } from '../../core/backup/chain/pieces';
import { parseCommandArgs } from '../args';
import { defaultDataDir } from '../../core/paths';
import { print } from '../output';
import { EXIT_OK } from '../usage-error';
import type { Command } from './command';
import { readSecrets, splitFile } from './backup-input';

const OPTIONS = {
  'piece-mb': { type: 'string' },
  to: { type: 'string' },
  recipient: { type: 'string', multiple: true },
  'passphrase-stdin': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
const argsSchema = z
  .object({
    'piece-mb': z.coerce.number().int().min(1).max(2048).optional(),
    to: z.string().min(1),
    recipient: z.array(ageRecipientSchema).optional(),
    'passphrase-stdin': z.boolean().optional(),
    help: z.boolean().optional(),
  })
  .refine((a) => Boolean(a['passphrase-stdin']) !== Boolean(a.recipient?.length), { message: 'required', path: ['passphrase-stdin'] });

export const backupSplitCommand: Command = {
  words: ['backup', 'split'],
  summary: 'cut a backup file or incremental link into pieces small enough for e-mail',
  help: `Usage: amizero backup split FILE --to DIR [--piece-mb N] (--passphrase-stdin | --recipient age1… [--recipient age1…]…)

Writes FILE as numbered pieces of at most N MB (default ${DEFAULT_PIECE_MB}) into DIR:
FILE.piece-01-of-12.age and so on. Each piece is a standard age file of its own, sealed to
the recipients (or the passphrase) given here, usually the same as the backup's; each lists
every piece's name, so whoever receives them knows when they have them all. The pieces hold
the backup file as it is (still encrypted): no key is needed to cut them.
'amizero backup verify', 'restore' of a chain and 'apply' accept the pieces in any order.

  --to DIR             the folder for the pieces (it must exist)
  --piece-mb N         the largest piece, in MB (1–2048)
  --recipient age1…    a public key that can open the pieces (repeatable)
  --passphrase-stdin   protect the pieces with a passphrase read from standard input`,

  async run(argv) {
    const { file, rest } = splitFile(argv, 'backup split');
    const args = parseCommandArgs(rest, OPTIONS, argsSchema, 'backup split');
    const { passphrase } = await readSecrets({ password: false, passphrase: Boolean(args['passphrase-stdin']) });
    const protection = passphrase !== undefined ? { passphrase } : { recipients: args.recipient! };
    const to = resolve(args.to);
    const pieces = await splitIntoPieces(
      checkSourceFile(file, null),
      protection,
      args['piece-mb'] ?? DEFAULT_PIECE_MB,
      // Never into the app's own data folder, as for backups.
      checkDestinationFolder(to, defaultDataDir()),
    );
    print(`${pieces.length} piece(s) written to ${to}.`);
    return EXIT_OK;
  },
};

import { resolve } from 'node:path';
import { z } from 'zod';
import { checkSourceFile } from '../../core/backup/locations';
import { secretsFrom } from '../../core/backup/service';
import { applyToReplica } from '../../core/backup/chain/replica';
import { parseCommandArgs } from '../args';
import { print } from '../output';
import { EXIT_OK } from '../usage-error';
import type { Command } from './command';
import { BACKUP_SOURCE_OPTIONS, readSecrets } from './backup-input';
import { splitFiles } from './backup-files';

const OPTIONS = { ...BACKUP_SOURCE_OPTIONS, replica: { type: 'string' } } as const;
const argsSchema = z
  .object({
    'passphrase-stdin': z.boolean().optional(),
    identity: z.string().min(1).optional(),
    replica: z.string().min(1),
    help: z.boolean().optional(),
  })
  .refine((a) => Boolean(a['passphrase-stdin']) !== (a.identity !== undefined), { message: 'required', path: ['passphrase-stdin'] });

export const backupApplyCommand: Command = {
  words: ['backup', 'apply'],
  summary: "keep a head office's copy of a site's vault up to date from its incremental backups",
  help: `Usage: amizero backup apply FILE… --replica DIR (--passphrase-stdin | --identity KEYFILE)

Applies incremental backups (links) of one site to DIR, a head-office copy of its
vault. The first time, give the full backup the chain starts from (DIR must be empty or
absent); afterwards only the new links, in any order, as they arrive: the full backup is
never needed again. A newer full backup of the same vault starts the copy afresh.
Every link is checked before DIR changes (authentication, checksums, the database image
before and after it); a gap, a link applied twice, or a file of another vault or chain is
refused and named. Pieces made for e-mail are accepted too.

DIR then holds amizero.db and keyring.json like a restored vault, and replica.json,
which says which chain and how far. Open it like a restored backup (see README).

  --replica DIR        the head-office copy to create or bring up to date
  --passphrase-stdin   read the backup passphrase from the first line of standard input
  --identity KEYFILE   an age key file (from 'amizero backup keygen' or age-keygen)`,

  async run(argv) {
    const { files, rest } = splitFiles(argv, 'backup apply');
    const args = parseCommandArgs(rest, OPTIONS, argsSchema, 'backup apply');
    const { passphrase } = await readSecrets({ password: false, passphrase: Boolean(args['passphrase-stdin']) });
    const secrets = secretsFrom(passphrase !== undefined ? { passphrase } : { identityPath: resolve(args.identity!) }, null);
    const r = await applyToReplica(
      resolve(args.replica),
      files.map((f) => checkSourceFile(f, null)),
      secrets,
    );
    print(
      `${r.created ? 'Replica created' : 'Replica updated'}: ${r.applied} file(s) applied; now at link ${r.sequence} (made ${r.createdAt}).`,
    );
    return EXIT_OK;
  },
};

import { extname, resolve } from 'node:path';
import { z } from 'zod';
import { Core } from '../../core/core';
import { usernameSchema } from '../../../shared/domain/user';
import { grantedToken } from '../../core/grants/granted';
import { parseCommandArgs, resolveDataDir } from '../args';
import { SIGNED_IN_OPTIONS } from '../schemas';
import { readPassword } from '../password';
import { coreLog, print } from '../output';
import { EXIT_OK } from '../usage-error';
import { DATA_DIR_HELP, PASSWORD_HELP, type Command } from './command';

const argsSchema = z
  .object({
    'data-dir': z.string().trim().min(1).optional(),
    username: usernameSchema,
    out: z.string().min(1),
    help: z.boolean().optional(),
  })
  .transform((a) => ({ dataDir: a['data-dir'], username: a.username, out: a.out }));

export const exportAnonymisedCommand: Command = {
  words: ['export', 'anonymised'],
  summary: 'write the anonymised HTCDS dataset in the CTDC layout (research consent only, k-anonymous)',
  help: `Usage: amizero export anonymised --username USER --out FILE [--data-dir DIR]

Signs in as USER (a shelter manager or the reporting role) and writes the anonymised
dataset for partners and researchers to FILE (CSV; HTCDS field names and codes in the
CTDC layout: age bands, one 0/1 column per code): only residents whose
research consent is in force, no names, contacts, exact dates, villages or free text,
and every combination of citizenship, country of exploitation, year, age band and
gender shared by at least k people (the manager's setting, default 11). Prints how
many people were left out for lack of consent and how many values were suppressed.
FILE must end in .csv or .xlsx (the same columns as a sheet), must not exist yet, and may not be inside the data folder.
The export is written to the audit log.

  --username USER   a manager's or reporting account
  --out FILE        the file to write, ending in .csv or .xlsx
${DATA_DIR_HELP}

${PASSWORD_HELP}`,

  async run(argv) {
    const args = parseCommandArgs(argv, { ...SIGNED_IN_OPTIONS, out: { type: 'string' } }, argsSchema, 'export anonymised');
    const password = await readPassword();
    const core = new Core({ dataDir: resolveDataDir(args.dataDir), log: coreLog, scheduledBackups: false });
    try {
      await core.call('auth.signIn', { username: args.username, password });
      // Naming the file on the command line is this person's choice, as a dialog's answer is in the app.
      const r = await core.call('reports.anonymised', {
        destinationToken: await grantedToken(core, 'reportExport', resolve(args.out)),
        format: extname(args.out).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv',
      });
      print(
        `Anonymised dataset written: ${resolve(args.out)} (${r.records} people, k = ${r.k}; ${r.leftOutNoConsent} left out without research consent; ${r.suppressedValues} values suppressed; ${r.droppedRecords} people left out to keep every group at k or more)`,
      );
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};

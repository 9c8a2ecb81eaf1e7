import { Core } from '../../core/core';
import { AppError } from '../../../shared/errors';
import { parseCommandArgs, resolveDataDir } from '../args';
import { INIT_OPTIONS, initArgsSchema } from '../schemas';
import { readPassword } from '../password';
import { coreLog, print } from '../output';
import { EXIT_OK } from '../usage-error';
import { DATA_DIR_HELP, PASSWORD_HELP, type Command } from './command';

export const initCommand: Command = {
  words: ['init'],
  summary: 'set up a new vault with its first shelter manager',
  help: `Usage: amizero init --org NAME --site CODE --username USER [--full-name NAME] [--data-dir DIR]

Creates the encrypted database and key file, with USER as the first shelter manager,
and prints the recovery key once. Refuses if the folder already holds a vault.

  --org NAME        organisation name, e.g. "Kigali Hope Shelter"
  --site CODE       2 to 6 capital letters or digits, e.g. KGL
  --username USER   the manager's sign-in name (lowercase letters, digits, . _ -)
  --full-name NAME  the manager's full name (default: the username)
${DATA_DIR_HELP}

${PASSWORD_HELP}`,

  async run(argv) {
    const args = parseCommandArgs(argv, INIT_OPTIONS, initArgsSchema, 'init');
    const dataDir = resolveDataDir(args.dataDir);
    const core = new Core({ dataDir, log: coreLog, scheduledBackups: false });
    try {
      // Refuse before asking for a password that would not be used.
      if ((await core.call('app.status', {})).vault !== 'none') throw new AppError('VAULT_EXISTS', 'a vault already exists');
      const password = await readPassword({ confirm: true });
      const { recoveryKey, confirmGroups } = await core.call('setup.prepare', {});
      // The wizard makes a person re-type groups to prove they wrote the key down; here
      // the key is printed for the operator, so the groups are confirmed from it directly.
      const groups = recoveryKey.split('-');
      await core.call('setup.complete', {
        organisationName: args.organisationName,
        siteCode: args.siteCode,
        locale: 'en',
        manager: { fullName: args.fullName ?? args.username, username: args.username, password },
        recoveryConfirmation: confirmGroups.map((g) => groups[g - 1]!),
      });
      printRecoveryKey(recoveryKey, { ...args, dataDir });
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};

function printRecoveryKey(key: string, a: { dataDir: string; organisationName: string; siteCode: string; username: string }): void {
  print(`Amizero is set up for ${a.organisationName} (${a.siteCode}).`);
  print(`  Vault folder:     ${a.dataDir}`);
  print(`  Shelter manager:  ${a.username}`);
  print();
  print('RECOVERY KEY - write it down now. It is shown only this once:');
  print();
  print(`    ${key}`);
  print();
  print('With it, a shelter manager who forgets their password can set a new one;');
  print('without it, a forgotten password can mean the records are lost for good.');
  print('Anyone holding it can open every record, so write it on paper, check every');
  print('character, and lock it away apart from this computer. Do not keep it in a');
  print('file, e-mail, chat or photo.');
}

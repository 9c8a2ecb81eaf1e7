import { z } from 'zod';
import { Core } from '../../core/core';
import { undoRestoreAsManager } from '../../core/backup/undo';
import { parseCommandArgs, resolveDataDir } from '../args';
import { coreLog, print } from '../output';
import { EXIT_OK } from '../usage-error';
import { DATA_DIR_HELP, PASSWORD_HELP, type Command } from './command';
import { readSecrets, username } from './backup-input';

const OPTIONS = { 'data-dir': { type: 'string' }, username: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
const argsSchema = z.object({ 'data-dir': z.string().min(1).optional(), username, help: z.boolean().optional() });

export const backupUndoCommand: Command = {
  words: ['backup', 'undo'],
  summary: 'undo the latest restore: the vault it replaced comes back',
  help: `Usage: amizero backup undo --username USER [--data-dir DIR]

Does what "Undo the restore" does in the app, without signing in to the restored vault
(for when a restore locked everyone out). USER must be an active shelter manager of the
vault that comes back (the newest previous-<time> folder), with that vault's password.
The restored vault is kept aside in turn, so this too can be undone; the undo is written
to the returning vault's audit log.

  --username USER   a shelter manager of the vault that comes back
${DATA_DIR_HELP}

${PASSWORD_HELP}`,

  async run(argv) {
    const args = parseCommandArgs(argv, OPTIONS, argsSchema, 'backup undo');
    const core = new Core({ dataDir: resolveDataDir(args['data-dir']), log: coreLog, scheduledBackups: false });
    try {
      const { password } = await readSecrets({ password: true, passphrase: false });
      const r = await undoRestoreAsManager(core.state, args.username, password!);
      print(`Undone: the vault from ${r.restoredFolder} is back.${r.keptAs ? ` The restored one was kept in ${r.keptAs}.` : ''}`);
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};

import { Core } from '../../core/core';
import { parseCommandArgs, resolveDataDir } from '../args';
import { REKEY_OPTIONS, rekeyArgsSchema } from '../schemas';
import { readPassword } from '../password';
import { coreLog, print } from '../output';
import { EXIT_OK } from '../usage-error';
import { DATA_DIR_HELP, PASSWORD_HELP, type Command } from './command';

export const rekeyCommand: Command = {
  words: ['rekey'],
  summary: 'replace the data key and the category keys (shelter managers only)',
  help: `Usage: amizero rekey --username USER [--reason staff_left|device_lost|routine] [--data-dir DIR]

Signs in as USER (a shelter manager) and replaces the data key and every sealed
category key: the database is re-encrypted into a copy, sealed documents are
resealed, every staff and recovery key slot receives the new keys (no one's
password changes), and the copy replaces the vault in one journaled swap. A crash
at any moment leaves the vault under the old keys or the new ones. The old vault
is not kept. Do this after a staff member leaves or a laptop or backup goes
missing. Progress goes to standard error.

  --username USER   a shelter manager's account
  --reason WHY      recorded in the audit log (default: routine)
${DATA_DIR_HELP}

${PASSWORD_HELP}`,

  async run(argv) {
    const args = parseCommandArgs(argv, REKEY_OPTIONS, rekeyArgsSchema, 'rekey');
    const password = await readPassword();
    const core = new Core({ dataDir: resolveDataDir(args.dataDir), log: coreLog, scheduledBackups: false });
    const off = core.events.on('keys.progress', (p) =>
      process.stderr.write(`rekey: ${p.phase}${p.total ? ` ${p.done}/${p.total}` : ''}\n`),
    );
    try {
      await core.call('auth.signIn', { username: args.username, password });
      const r = await core.call('keys.rotate', { reason: args.reason });
      print(`Keys replaced in ${(r.durationMs / 1000).toFixed(1)} s: ${r.slots} key slots, ${r.sealedRows} sealed rows resealed.`);
      return EXIT_OK;
    } finally {
      off();
      await core.close();
    }
  },
};

import { Core } from '../../core/core';
import { translate } from '../../../shared/i18n/translate';
import type { UserSummary } from '../../../shared/domain/user';
import { parseCommandArgs, resolveDataDir } from '../args';
import { SIGNED_IN_OPTIONS, signedInArgsSchema } from '../schemas';
import { readPassword } from '../password';
import { coreLog, print, table } from '../output';
import { EXIT_OK } from '../usage-error';
import { DATA_DIR_HELP, PASSWORD_HELP, type Command } from './command';

export const usersListCommand: Command = {
  words: ['users', 'list'],
  summary: 'list staff accounts (shelter managers only)',
  help: `Usage: amizero users list --username USER [--data-dir DIR]

Signs in as USER (a shelter manager) and lists every staff account.

  --username USER   a shelter manager's account
${DATA_DIR_HELP}

${PASSWORD_HELP}`,

  async run(argv) {
    const args = parseCommandArgs(argv, SIGNED_IN_OPTIONS, signedInArgsSchema, 'users list');
    const password = await readPassword();
    const core = new Core({ dataDir: resolveDataDir(args.dataDir), log: coreLog, scheduledBackups: false });
    try {
      await core.call('auth.signIn', { username: args.username, password });
      const users = await core.call('users.list', {});
      for (const line of table(['USERNAME', 'NAME', 'ROLE', 'STATUS'], users.map(row))) print(line);
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};

function row(u: UserSummary): string[] {
  const status = u.disabled ? 'disabled' : u.mustChangePassword ? 'active, must change password' : 'active';
  return [u.username, u.fullName, translate('en', `roles.${u.role}`), status];
}

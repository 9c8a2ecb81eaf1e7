/**
 * Child process for the kill -9 during restore test:
 * `node --import tsx kill-restore-child.ts <dataDir> <backupFile> <identityFile> <username>`, password on stdin.
 * Signs in, prints `restoring`, restores, prints `done`; the parent kills it at a random moment.
 */
import { writeSync } from 'node:fs';
import { Core } from '../../core';
import { readStdinLine } from '../../testing/stdin-line';
import { grantedToken } from '../../grants/granted';

const [dataDir, file, identityPath, username] = process.argv.slice(2) as [string, string, string, string];

async function main(): Promise<void> {
  const core = new Core({ dataDir });
  const password = await readStdinLine();
  await core.call('auth.signIn', { username, password });
  writeSync(1, 'restoring\n');
  // The backup is of this same vault: its manager's password signs in to it too.
  await core.call('backup.restore', {
    sourceToken: await grantedToken(core, 'backupFile', file),
    identityToken: await grantedToken(core, 'identityFile', identityPath),
    trust: { method: 'account', username, password },
  });
  writeSync(1, 'done\n');
}

main().catch((e: unknown) => {
  writeSync(2, String((e as Error)?.stack ?? e) + '\n');
  process.exit(1);
});

/**
 * Child process for the kill -9 test:
 * `node --import tsx kill-backup-child.ts <dataDir> <outFile> <username> <recipient>`, password on stdin.
 * Grows the vault so the backup takes several progress steps, then writes a backup,
 * printing `progress` (and pausing) at each step until the parent kills it.
 */
import { writeSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Core } from '../../core';
import { readStdinLine } from '../../testing/stdin-line';
import { createBackupForSession } from '../service';
import { addFiller } from '../../testing/filler';
import { grantedToken } from '../../grants/granted';

const [dataDir, outFile, username, recipient] = process.argv.slice(2) as [string, string, string, string];

async function main(): Promise<void> {
  const core = new Core({ dataDir });
  const password = await readStdinLine();
  await core.call('auth.signIn', { username, password });
  const sqlite = core.state.session!.sqlite;
  addFiller(sqlite, core.state.session!.user.id, 8);
  writeSync(1, 'ready\n');
  await createBackupForSession(
    core.state,
    {
      folderToken: await grantedToken(core, 'backupFolder', dirname(outFile)),
      fileName: basename(outFile),
      recipients: [recipient],
      password,
    },
    {
      onProgress: () => {
        writeSync(1, 'progress\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150);
      },
    },
  );
  writeSync(1, 'done\n');
}

main().catch((e: unknown) => {
  writeSync(2, String((e as Error)?.stack ?? e) + '\n');
  process.exit(1);
});

/**
 * Child process for the re-key crash test:
 * `node --import tsx rekey-crash-child.ts <dataDir> <username>`, password on stdin.
 * Signs in through the real Core and rotates the keys over and over, announcing each
 * rotation (`start`/`ack`), until the parent kills it.
 */
import { writeSync } from 'node:fs';
import { Core } from '../core';
import { readStdinLine } from './stdin-line';

const [dataDir, username] = process.argv.slice(2) as [string, string];

async function main(): Promise<void> {
  const password = await readStdinLine();
  const core = new Core({ dataDir, scheduledBackups: false });
  await core.call('auth.signIn', { username, password });
  writeSync(1, 'ready\n');
  for (let n = 0; ; n++) {
    writeSync(1, `start rotate ${n}\n`);
    await core.call('keys.rotate', { reason: 'routine' });
    writeSync(1, `ack rotate ${n}\n`);
  }
}

main().catch((e: unknown) => {
  writeSync(2, String((e as Error)?.stack ?? e) + '\n');
  process.exit(1);
});

/**
 * Child process for the disk-full test, started under a file-size limit:
 * `node --import tsx disk-full-child.ts <dataDir> <username>`, password on stdin.
 * Admits residents with long notes until core refuses a write, then shows that the
 * session still reads, and tries one more write (refused the same way, or taken when it
 * fits in what is left).
 */
import { writeSync } from 'node:fs';
import { Core } from '../core';
import { readStdinLine } from './stdin-line';

const [dataDir, username] = process.argv.slice(2) as [string, string];
const say = (line: string) => writeSync(1, line + '\n');

async function main(): Promise<void> {
  const core = new Core({ dataDir });
  await core.call('auth.signIn', { username, password: await readStdinLine() });
  say('ready');
  const admit = (n: number) =>
    core.dispatch('residents.admit', {
      identity: { givenNames: 'Disk', familyName: `Full${n}`, healthNotes: 'x'.repeat(3900) + n },
      admittedOn: new Date().toISOString().slice(0, 10),
    });
  for (let n = 0; n < 100_000; n++) {
    const r = await admit(n);
    if (!r.ok) {
      say(`error ${r.error.code}`);
      break;
    }
    say(`ack ${(r.data as { id: string }).id}`);
  }
  const read = await core.dispatch('residents.search', { query: 'Full1' });
  say(read.ok ? 'read ok' : `read ${read.error.code}`);
  const again = await admit(-1);
  say(again.ok ? `again ok ${(again.data as { id: string }).id}` : `again ${again.error.code}`);
  await core.close();
}

main().catch((e: unknown) => {
  writeSync(2, String((e as Error)?.stack ?? e) + '\n');
  process.exit(1);
});

/**
 * Child process for the kill -9 test of incremental links:
 * `node --import tsx kill-link-child.ts <dataDir> <outDir> <username> <recipient> <stage>`, password on stdin.
 * Starts a chain (full backup and its state), changes 4 MiB of pages, then writes a link,
 * printing `at <stage>` and pausing there (scan: comparing pages; write: the partial file
 * holds the age header) until the parent kills it.
 */
import { writeSync } from 'node:fs';
import { Core } from '../../core';
import { readStdinLine } from '../../testing/stdin-line';
import { addFiller } from '../../testing/filler';
import { chainFull, chainLink } from './chain-fixture';

const [dataDir, outDir, username, recipient, stage] = process.argv.slice(2) as [string, string, string, string, 'scan' | 'write'];

async function main(): Promise<void> {
  const core = new Core({ dataDir });
  const password = await readStdinLine();
  await core.call('auth.signIn', { username, password });
  await chainFull(core, outDir, 'full.age', recipient, new Date('2026-12-01T02:00:00Z'));
  addFiller(core.state.session!.sqlite, core.state.session!.user.id, 4);
  writeSync(1, 'ready\n');
  await chainLink(core, outDir, 'link-1.age', recipient, new Date('2026-12-02T02:00:00Z'), (p) => {
    if (p.stage !== stage) return;
    writeSync(1, `at ${stage}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2_000);
  });
  writeSync(1, 'done\n');
}

main().catch((e: unknown) => {
  writeSync(2, String((e as Error)?.stack ?? e) + '\n');
  process.exit(1);
});

/**
 * `npm run bench`: measured figures, printed as a table and written as JSON to
 * bench/results/. Never part of `npm test`. `--quick` runs fewer rounds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchBundle } from './bundle';
import { benchUnlock } from './unlock';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const results: Record<string, Record<string, number>> = {};

  results.unlock = await benchUnlock(quick ? 3 : 10);
  results.renderer = benchBundle();

  console.log(`Amizero benchmarks on ${machine}`);
  for (const [group, figures] of Object.entries(results)) {
    for (const [name, value] of Object.entries(figures))
      console.log(`${group.padEnd(10)} ${name.padEnd(18)} ${value.toFixed(1).padStart(10)}`);
  }
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ machine, at: new Date().toISOString(), results }, null, 2));
  console.log(`written ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

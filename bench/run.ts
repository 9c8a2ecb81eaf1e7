/**
 * `npm run bench`: measured figures, printed as a table and written as JSON to
 * bench/results/. Never part of `npm test`. `--quick` runs fewer rounds on 10,000 residents
 * instead of 100,000; `--residents N` picks another size; `--residents-only` skips the rest;
 * `--only event_loop,unlock` runs just the named groups.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { budgetNote, groupAt } from './budgets';
import { benchBackup } from './backup';
import { benchBundle } from './bundle';
import { benchBulkWrites } from './bulk-writes';
import { benchResidents } from './residents';
import { benchResidentsAccess } from './residents-access';
import { benchResidentFile } from './resident-file';
import { benchRehabilitation } from './rehabilitation';
import { benchRendererList } from './renderer-list';
import { benchUnlock } from './unlock';
import { benchEventLoop } from './event-loop';
import { benchIncremental, benchIncrementalDay, DAY_BUDGET_RESIDENTS } from './incremental';
import { benchReports } from './reports';
import { benchReintegration } from './reintegration';

/** Sub-millisecond figures (searches, ratios) need more than one decimal to be readable. */
function show(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) < 10 ? value.toFixed(3) : value.toFixed(1);
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const sizeArg = process.argv.indexOf('--residents');
  const residents = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : quick ? 10_000 : 100_000;
  if (!Number.isInteger(residents) || residents < 100) throw new Error('--residents needs a whole number of at least 100');
  const started = performance.now();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const results: Record<string, Record<string, number>> = {};

  // `--residents-only`: just the core residents figures (search, list pages, file).
  const residentsOnly = process.argv.includes('--residents-only');
  // `--only a,b`: just those groups (names as printed in the table's first column).
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg > 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : null;
  const wanted = (group: string) => (only ? only.has(group) : !residentsOnly || group === 'residents');
  if (wanted('unlock')) results.unlock = await benchUnlock(quick ? 3 : 10);
  if (wanted('renderer')) results.renderer = benchBundle();
  if (wanted('residents')) results.residents = await benchResidents(residents, quick ? 100 : 200);
  if (wanted('access')) results.access = await benchResidentsAccess(residents, quick ? 50 : 100);
  if (wanted('resident_file')) results.resident_file = await benchResidentFile(residents, quick ? 50 : 100);
  if (wanted('rehabilitation')) results.rehabilitation = await benchRehabilitation(residents, quick ? 50 : 100);
  if (wanted('backup')) results.backup = await benchBackup(quick ? 64 : 500, quick ? 1 : 5);
  if (wanted('event_loop')) results.event_loop = await benchEventLoop(quick ? 64 : 500, quick ? 1 : 3);
  if (wanted('incremental')) {
    results.incremental = await benchIncremental(residents);
    // The day's link has its budget at another size than this run's: measured there too.
    if (residents !== DAY_BUDGET_RESIDENTS)
      results[groupAt('incremental', DAY_BUDGET_RESIDENTS)] = await benchIncrementalDay(DAY_BUDGET_RESIDENTS);
  }
  if (wanted('writes')) results.writes = await benchBulkWrites(quick ? 2 : 5);
  if (wanted('reports')) results.reports = await benchReports(residents, quick ? 10 : 30);
  if (wanted('reintegration')) results.reintegration = await benchReintegration(residents, quick ? 30 : 100);
  if (wanted('ui')) results.ui = await benchRendererList(residents, quick ? 3 : 10);

  // Core runs in this process (Chromium is its own): its high-water mark over every group above.
  results.process = { peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024) };

  console.log(`Amizero benchmarks on ${machine}`);
  for (const [group, figures] of Object.entries(results)) {
    for (const [name, value] of Object.entries(figures))
      console.log(
        `${group.padEnd(17)} ${name.padEnd(34)} ${show(value).padStart(10)}  ${budgetNote(group, name, value, residents)}`.trimEnd(),
      );
  }
  const wallS = (performance.now() - started) / 1000;
  console.log(`wall time ${wallS.toFixed(0)} s`);
  const dir = join(process.cwd(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ machine, at: new Date().toISOString(), residents, wall_s: wallS, results }, null, 2));
  console.log(`written ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

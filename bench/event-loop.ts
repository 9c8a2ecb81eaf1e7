import { chosen, chosenSource } from '../electron/core/testing/chosen';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Core } from '../electron/core/core';
import { CoreHost } from '../electron/core/host/core-host';
import { generateIdentity } from '../electron/core/backup/age';
import { addBlobs, BENCH_PASSWORD, BENCH_USER, setUpBenchVault } from './residents-vault';

/** monitorEventLoopDelay's sampling interval: fine enough to see a 50 ms stall. */
const RESOLUTION_MS = 10;

/** What main needs of core here; Core in process and CoreHost both answer it. */
type Caller = Pick<Core, 'call' | 'close' | 'grantPath'>;

/** Event-loop delay p99 and worst (ms), and the share of the time the loop was busy (0–1). */
interface Delay {
  p99: number;
  max: number;
  busy: number;
}

interface Fixture {
  root: string;
  dataDir: string;
  backupFile: string;
  keyPath: string;
}

/** A vault of `sizeMiB` (incompressible blobs, as scans are) and one backup of it for head office's key. */
async function buildFixture(sizeMiB: number): Promise<Fixture> {
  const root = mkdtempSync(join(tmpdir(), 'amizero-bench-loop-'));
  const dataDir = join(root, 'vault');
  const out = join(root, 'out');
  mkdirSync(out);
  const key = generateIdentity();
  const keyPath = join(root, 'head-office.key');
  writeFileSync(keyPath, key.identity + '\n', { mode: 0o600 });
  const core = new Core({ dataDir, log: () => undefined, scheduledBackups: false });
  try {
    await setUpBenchVault(core);
    addBlobs(core, sizeMiB);
    const made = await core.call('backup.create', {
      folderToken: await chosen(core, 'backupFolder', out),
      recipients: [key.recipient],
      password: BENCH_PASSWORD,
    });
    await core.call('auth.lock', { reason: 'manual' });
    return { root, dataDir, backupFile: made.path, keyPath };
  } finally {
    await core.close();
  }
}

/**
 * The calling thread's event-loop delay (p99 and worst, ms) while core signs in, verifies
 * the backup and restores it over the live vault: what Electron's main thread, which also
 * relays the window's input and paints, would go through.
 */
async function measure(core: Caller, f: Fixture): Promise<Delay> {
  // Started and answering before the clock runs: only the work itself is measured.
  await core.call('app.status', {});
  const h = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  h.enable();
  const before = performance.eventLoopUtilization();
  await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
  await core.call('backup.verify', await chosenSource(core, f.backupFile, f.keyPath));
  await core.call('backup.restore', {
    ...(await chosenSource(core, f.backupFile, f.keyPath)),
    trust: { method: 'account', username: BENCH_USER, password: BENCH_PASSWORD },
  });
  const busy = performance.eventLoopUtilization(before).utilization;
  h.disable();
  await core.close();
  for (const name of readdirSync(f.dataDir))
    if (name.startsWith('previous-')) rmSync(join(f.dataDir, name), { recursive: true, force: true });
  return { p99: h.percentile(99) / 1e6, max: h.max / 1e6, busy };
}

/** The same monitor over `ms` of doing nothing: the machine's own noise floor (other load, scheduling). */
async function idle(ms: number): Promise<Delay> {
  const h = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  h.enable();
  await new Promise((r) => setTimeout(r, ms));
  h.disable();
  return { p99: h.percentile(99) / 1e6, max: h.max / 1e6, busy: 0 };
}

/**
 * Main thread responsiveness with core in process (as before the thread host) and behind
 * the host (as the app runs now), alternating over `rounds`, worst round of each kept.
 */
export async function benchEventLoop(sizeMiB: number, rounds: number): Promise<Record<string, number>> {
  const f = await buildFixture(sizeMiB);
  try {
    const none = (): Delay => ({ p99: 0, max: 0, busy: 0 });
    const worst = { inProcess: none(), host: none(), idle: none() };
    const keep = (into: Delay, got: Delay) => {
      into.p99 = Math.max(into.p99, got.p99);
      into.max = Math.max(into.max, got.max);
      into.busy = Math.max(into.busy, got.busy);
    };
    for (let round = 0; round < rounds; round++) {
      // The host first: in Electron, main's heap holds none of core's garbage, so it must not pay for an in-process round's.
      keep(worst.host, await measure(new CoreHost({ dataDir: f.dataDir, log: () => undefined, scheduledBackups: false }), f));
      keep(worst.inProcess, await measure(new Core({ dataDir: f.dataDir, log: () => undefined, scheduledBackups: false }), f));
      keep(worst.idle, await idle(2000));
    }
    console.log(
      `event loop (sign-in, verify, restore of ${sizeMiB} MiB), ms: in process p99 ${worst.inProcess.p99.toFixed(1)} max ${worst.inProcess.max.toFixed(1)} | host p99 ${worst.host.p99.toFixed(1)} max ${worst.host.max.toFixed(1)} | idle p99 ${worst.idle.p99.toFixed(1)} max ${worst.idle.max.toFixed(1)}`,
    );
    return {
      vault_mib: sizeMiB,
      in_process_p99_ms: worst.inProcess.p99,
      in_process_max_ms: worst.inProcess.max,
      in_process_busy_pct: worst.inProcess.busy * 100,
      host_p99_ms: worst.host.p99,
      host_max_ms: worst.host.max,
      host_busy_pct: worst.host.busy * 100,
      idle_p99_ms: worst.idle.p99,
      idle_max_ms: worst.idle.max,
    };
  } finally {
    rmSync(f.root, { recursive: true, force: true });
  }
}

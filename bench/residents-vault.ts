import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { fillWithDemoResidents } from '../electron/core/demo/fill';
import { fillWithRehabilitation } from '../electron/core/demo/rehabilitation';
import { addFiller } from '../electron/core/testing/filler';

export const BENCH_USER = 'bench';
export const BENCH_PASSWORD = 'bench passphrase, long enough 42';
export const RESIDENTS_SEED = 1;
const REHABILITATION_SEED = 11;

/** Bumped when the generator or schema changes, so a stale cached vault is rebuilt. */
const CACHE_VERSION = 7;
const DONE_MARKER = 'complete';

/**
 * Generating 100,000 residents takes minutes, so the vault is kept between runs under the
 * system temp folder, keyed by size. Synthetic data only; the key material is the bench
 * password above, so nothing of value is left behind.
 */
export function cachedVaultDir(residents: number): string {
  return join(tmpdir(), `amizero-bench-residents-v${CACHE_VERSION}-${residents}`);
}

/** First-run setup of a bench vault with the bench manager signed in. */
export async function setUpBenchVault(core: Core): Promise<void> {
  const prep = await core.call('setup.prepare', {});
  const groups = prep.recoveryKey.split('-');
  await core.call('setup.complete', {
    organisationName: 'Bench Shelter',
    siteCode: 'BEN',
    manager: { fullName: 'Bench Manager', username: BENCH_USER, password: BENCH_PASSWORD },
    recoveryConfirmation: prep.confirmGroups.map((g) => groups[g - 1]!),
  });
}

/**
 * Adds `sizeMiB` of random blobs to the signed-in vault and checkpoints: attachments-like
 * bulk (encrypted pages do not compress, so random bytes are as good as scans).
 */
export function addBlobs(core: Core, sizeMiB: number): void {
  const session = core.state.session!;
  // The tests' filler (drafts rows): a table of the bench's own would be refused on the
  // next open (schema pinning).
  session.sqlite.transaction(() => addFiller(session.sqlite, session.user.id, sizeMiB))();
  session.sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

/** `amizero demo`'s own fill (same generator, same service calls), with progress on a terminal. */
async function admitDemoResidents(core: Core, total: number): Promise<void> {
  await fillWithDemoResidents(core.state.session!, {
    seed: RESIDENTS_SEED,
    total,
    onProgress: (done) => process.stderr.isTTY && process.stderr.write(`\r  generating residents ${done} / ${total}`),
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
}

/** Scans attached to the newest residents: a few hundred MB inside the vault, as a shelter accumulates. */
const DOCUMENTS = 300;
const DOCUMENT_BYTES = 1 << 20;

async function attachScans(core: Core, residents: number): Promise<void> {
  const newest = await core.call('residents.search', { sort: 'admittedOn', direction: 'desc', limit: 200 });
  const ids = newest.items.map((r) => r.id);
  for (let i = 0; i < Math.min(DOCUMENTS, Math.ceil(residents / 100)) && ids.length > 0; i++) {
    // A PDF header over random bytes: sniffed as a PDF, and as incompressible as a real scan.
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n', 'latin1'), randomBytes(DOCUMENT_BYTES - 9)]);
    await core.call('residents.documents.attach', {
      residentId: ids[i % ids.length]!,
      kind: 'id_document',
      title: `Scan ${i + 1}`,
      originalName: `scan-${i + 1}.pdf`,
      contentBase64: bytes.toString('base64'),
    });
  }
}

/**
 * Builds `cache` once with `fill` (on a fresh folder, or on a copy of `base` when given) and
 * marks it complete; an unmarked folder is a build cut short and is started again.
 */
async function buildOnce(cache: string, base: string | null, fill: (core: Core) => Promise<void>): Promise<number | null> {
  if (existsSync(join(cache, DONE_MARKER))) return null;
  rmSync(cache, { recursive: true, force: true });
  if (base) cpSync(base, cache, { recursive: true, filter: (src) => !src.endsWith(DONE_MARKER) });
  else mkdirSync(cache, { recursive: true });
  const started = performance.now();
  const core = new Core({ dataDir: cache, log: () => undefined, scheduledBackups: false });
  try {
    await fill(core);
  } finally {
    await core.close();
  }
  writeFileSync(join(cache, DONE_MARKER), 'complete\n');
  return performance.now() - started;
}

/**
 * A long fill on a busy machine can outlast the idle limit (no channel call meanwhile, and
 * core refuses the next one): lock and sign in again.
 */
export async function signInAgain(core: Core): Promise<void> {
  await core.lock('manual');
  await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
}

function workingCopy(cache: string, workDir: string): string {
  const dir = join(workDir, 'vault');
  cpSync(cache, dir, { recursive: true, filter: (src) => !src.endsWith(DONE_MARKER) });
  return dir;
}

/** The cached residents vault, generated first if missing (minutes at 100,000). */
async function residentsCache(residents: number): Promise<{ cache: string; builtMs: number | null }> {
  const cache = cachedVaultDir(residents);
  const builtMs = await buildOnce(cache, null, async (core) => {
    await setUpBenchVault(core);
    await admitDemoResidents(core, residents);
    await signInAgain(core);
    await attachScans(core, residents);
    // The plain copy is made by VACUUM INTO, which packs and orders pages; compacting the
    // encrypted file the same way keeps layout out of the encrypted/plain ratio.
    core.state.session!.sqlite.exec('VACUUM');
  });
  return { cache, builtMs };
}

/**
 * A working copy of the cached vault in `workDir` (built first if missing), so the audit
 * entries a run writes never accumulate in the cache and runs stay comparable.
 */
export async function residentsVault(residents: number, workDir: string): Promise<{ dir: string; builtMs: number | null }> {
  const { cache, builtMs } = await residentsCache(residents);
  return { dir: workingCopy(cache, workDir), builtMs };
}

/**
 * The residents vault with the demo generator's plans and counselling history (about ten
 * sessions a resident: close to a million at 100,000), cached beside it: the rehabilitation
 * and reports groups share one generation, which takes minutes at that size.
 */
export async function sessionsVault(residents: number, workDir: string): Promise<{ dir: string; builtMs: number | null }> {
  const base = (await residentsCache(residents)).cache;
  const cache = `${base}-sessions`;
  const builtMs = await buildOnce(cache, base, async (core) => {
    await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
    await fillWithRehabilitation(core.state.session!, {
      seed: REHABILITATION_SEED,
      onProgress: (done, total) => process.stderr.isTTY && process.stderr.write(`\r  generating sessions ${done} / ${total}`),
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    core.state.session!.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  });
  return { dir: workingCopy(cache, workDir), builtMs };
}

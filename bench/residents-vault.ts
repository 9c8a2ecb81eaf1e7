import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { fillWithDemoResidents } from '../electron/core/demo/fill';
import { addFiller } from '../electron/core/testing/filler';

export const BENCH_USER = 'bench';
export const BENCH_PASSWORD = 'bench passphrase, long enough 42';
export const RESIDENTS_SEED = 1;

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
 * A working copy of the cached vault in `workDir` (built first if missing), so the audit
 * entries a run writes never accumulate in the cache and runs stay comparable.
 */
export async function residentsVault(residents: number, workDir: string): Promise<{ dir: string; builtMs: number | null }> {
  const cache = cachedVaultDir(residents);
  let builtMs: number | null = null;
  if (!existsSync(join(cache, DONE_MARKER))) {
    rmSync(cache, { recursive: true, force: true });
    mkdirSync(cache, { recursive: true });
    const started = performance.now();
    const core = new Core({ dataDir: cache, log: () => undefined, scheduledBackups: false });
    try {
      await setUpBenchVault(core);
      await admitDemoResidents(core, residents);
      // A long fill on a busy machine can outlast the idle limit (no channel call meanwhile, and
      // core refuses the next one): lock and sign in again.
      await core.lock('manual');
      await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
      await attachScans(core, residents);
      // The plain copy is made by VACUUM INTO, which packs and orders pages; compacting the
      // encrypted file the same way keeps layout out of the encrypted/plain ratio.
      core.state.session!.sqlite.exec('VACUUM');
    } finally {
      await core.close();
    }
    builtMs = performance.now() - started;
    writeFileSync(join(cache, DONE_MARKER), `${residents}\n`);
  }
  const dir = join(workDir, 'vault');
  cpSync(cache, dir, { recursive: true, filter: (src) => !src.endsWith(DONE_MARKER) });
  return { dir, builtMs };
}

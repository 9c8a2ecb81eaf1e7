import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { DemoResidents, STILL_IN_SHELTER } from '../electron/cli/commands/demo-data';
import { admissionSchema } from '../shared/domain/resident';
import { admitInTransaction, residentCodeSite } from '../electron/core/services/residents';
import { dischargeInTransaction } from '../electron/core/services/residents-stays';
import { bedBoard, createRoom } from '../electron/core/services/residents-beds';
import { nowIso } from '../electron/core/ids';

export const BENCH_USER = 'bench';
export const BENCH_PASSWORD = 'bench passphrase, long enough 42';
export const RESIDENTS_SEED = 1;

/** Same batch size as `amizero demo`: one commit per thousand admissions. */
const BATCH = 1000;
/** Bumped when the generator or schema changes, so a stale cached vault is rebuilt. */
const CACHE_VERSION = 2;
const DONE_MARKER = 'complete';

/**
 * Generating 100,000 residents takes minutes, so the vault is kept between runs under the
 * system temp folder, keyed by size. Synthetic data only; the key material is the bench
 * password above, so nothing of value is left behind.
 */
export function cachedVaultDir(residents: number): string {
  return join(tmpdir(), `amizero-bench-residents-v${CACHE_VERSION}-${residents}`);
}

async function setUp(core: Core): Promise<void> {
  const prep = await core.call('setup.prepare', {});
  const groups = prep.recoveryKey.split('-');
  await core.call('setup.complete', {
    organisationName: 'Bench Shelter',
    siteCode: 'BEN',
    manager: { fullName: 'Bench Manager', username: BENCH_USER, password: BENCH_PASSWORD },
    recoveryConfirmation: prep.confirmGroups.map((g) => groups[g - 1]!),
  });
}

/** The `amizero demo` loop (same generator, same service calls), minus argument handling. */
async function admitDemoResidents(core: Core, total: number): Promise<void> {
  const session = core.state.session!;
  const generator = new DemoResidents(RESIDENTS_SEED, new Date(), total);
  for (let r = 1; r <= 8; r++) await createRoom(session, { name: `Room ${r}`, beds: ['A', 'B', 'C', 'D', 'E'] });
  const beds = (await bedBoard(session.db)).flatMap((room) => room.beds.map((b) => b.id));
  const site = await residentCodeSite(session.db);
  for (let done = 0; done < total;) {
    const size = Math.min(BATCH, total - done);
    await session.db.transaction().execute(async (trx) => {
      for (let i = done; i < done + size; i++) {
        const stays = i >= total - STILL_IN_SHELTER;
        const admission = admissionSchema.parse({ ...generator.next(), bedId: stays ? beds.shift() : undefined });
        const at = nowIso();
        const { id } = await admitInTransaction(trx, { actorId: session.user.id, site, at }, admission);
        if (!stays)
          await dischargeInTransaction(trx, session.user.id, at, { residentId: id, ...generator.discharge(admission.admittedOn) });
      }
    });
    done += size;
    if (process.stderr.isTTY) process.stderr.write(`\r  generating residents ${done} / ${total}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
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
    const core = new Core({ dataDir: cache, log: () => undefined });
    try {
      await setUp(core);
      await admitDemoResidents(core, residents);
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

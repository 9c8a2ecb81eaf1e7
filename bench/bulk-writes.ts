import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { fillWithDemoResidents } from '../electron/core/demo/fill';
import type { Session } from '../electron/core/session';
import { openPlainSession, plainCopy } from './plain-db';
import { setUpBenchVault } from './residents-vault';
import { percentile, timeIt } from './stats';

/** Admissions per timed batch: `amizero demo`'s own transaction size. */
const BATCH = 1000;
/** The page cache core opens the vault with (open.ts default), for both files. */
const APP_CACHE_KIB = 64 * 1024;

/**
 * Bulk writes on the encrypted vault against the same writes on a plaintext copy (DESIGN.md
 * budget: ratio ≤ 1.5). A batch is 1,000 admissions through the services the screens use
 * (identity, referral, trafficking profile, consents, discharge, audit entries, search
 * index), in one transaction, as `amizero demo` and an import write them. The two files take
 * turns batch by batch, with the same seed on both, so they receive the very same rows.
 */
export async function benchBulkWrites(batches: number): Promise<Record<string, number>> {
  const root = mkdtempSync(join(tmpdir(), 'amizero-bench-writes-'));
  const core = new Core({ dataDir: join(root, 'vault'), cacheKiB: APP_CACHE_KIB, log: () => undefined, scheduledBackups: false });
  let plain: Session | null = null;
  try {
    await setUpBenchVault(core);
    const encrypted = core.state.session!;
    const plainPath = join(root, 'plain.db');
    encrypted.withDataKey((dek) => plainCopy(encrypted.sqlite, dek, plainPath));
    plain = openPlainSession(plainPath, encrypted, APP_CACHE_KIB);
    const sides = { encrypted, plain };
    const times: Record<keyof typeof sides, number[]> = { encrypted: [], plain: [] };
    // Untimed first batch on each: rooms are created and both files reach the same shape.
    for (const session of [encrypted, plain]) await fillWithDemoResidents(session, { seed: 1, total: 100 });
    for (let i = 0; i < batches; i++) {
      const order = i % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const);
      for (const side of order) {
        times[side].push((await timeIt(() => fillWithDemoResidents(sides[side], { seed: 100 + i, total: BATCH }))).ms);
      }
    }
    const enc = percentile(times.encrypted, 50);
    const pla = percentile(times.plain, 50);
    return {
      batch_residents: BATCH,
      admit_batch_p50_ms: enc,
      admit_batch_plain_p50_ms: pla,
      admissions_per_s: BATCH / (enc / 1000),
      bulk_write_ratio: enc / pla,
    };
  } finally {
    plain?.close();
    await core.close();
    rmSync(root, { recursive: true, force: true });
  }
}

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import type { Session } from '../electron/core/session';
import { openPlainSession, plainCopy } from './plain-db';
import { BENCH_PASSWORD, BENCH_USER, residentsVault } from './residents-vault';
import { PAGE_SIZE, SEARCH_KINDS, residentsWorkload, type ResidentsWorkload } from './residents-queries';
import { percentile, timeIt } from './stats';

/** Each dashboard query, on each file, per pass. */
const DASHBOARD_ROUNDS = 30;

/** The page cache the app opens the vault with (open.ts default), for both files. */
const APP_CACHE_KIB = 64 * 1024;

type Timings = Record<string, number[]>;

interface PassResult {
  encrypted: Timings;
  plain: Timings;
  /**
   * CPU time of the encrypted side: on a shared machine wall time also counts waiting for
   * a core, CPU time is what the query itself costs.
   */
  encryptedCpu: Timings;
  /** Searches that found nobody, per kind: a query mix that misses measures the wrong path. */
  empty: Record<string, number>;
  /** Misspelled names answered through near spellings, as the fuzzy row intends. */
  fuzzyAnswered: number;
}

/**
 * Every query through `core.call`, as the window would send it, once on each file. The
 * two files take turns query by query (and swap who goes first), so a busy moment on the
 * machine lands on both sides of the ratio rather than on one pass.
 */
async function pass(core: Core, sessions: { encrypted: Session; plain: Session }, work: ResidentsWorkload): Promise<PassResult> {
  const out: PassResult = { encrypted: {}, plain: {}, encryptedCpu: {}, empty: {}, fuzzyAnswered: 0 };
  let turn = 0;
  const both = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const order = turn++ % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const);
    const values: T[] = [];
    for (const side of order) {
      core.state.session = sessions[side];
      const cpu = process.cpuUsage();
      const { ms, value } = await timeIt(fn);
      const used = process.cpuUsage(cpu);
      (out[side][name] ??= []).push(ms);
      if (side === 'encrypted') (out.encryptedCpu[name] ??= []).push((used.user + used.system) / 1000);
      values.push(value);
    }
    core.state.session = sessions.encrypted;
    if (JSON.stringify(values[0]) !== JSON.stringify(values[1]) && name !== 'file')
      throw new Error(`${name}: the two files answered differently`);
    return values[0]!;
  };
  for (const kind of SEARCH_KINDS) {
    for (const query of work.searches[kind]) {
      const r = await both(`search_${kind}`, () => core.call('residents.search', { query }));
      if (r.total === 0) out.empty[kind] = (out.empty[kind] ?? 0) + 1;
      if (kind === 'fuzzy' && r.fuzzy && r.total > 0) out.fuzzyAnswered++;
    }
  }
  for (const offset of work.pageOffsets) {
    await both('list_page', () => core.call('residents.search', { sort: 'name', limit: PAGE_SIZE, offset }));
  }
  for (const id of work.fileIds) await both('file', () => core.call('residents.get', { id }));
  // The dashboard's own queries: stays near the limit and the bed board.
  for (let i = 0; i < DASHBOARD_ROUNDS; i++) {
    await both('dashboard_stay_limit', () => core.call('residents.stayLimit', {}));
    await both('dashboard_bed_board', () => core.call('residents.bedBoard', {}));
  }
  return out;
}

function summarise(r: PassResult): Record<string, number> {
  const figures: Record<string, number> = {};
  let encSum = 0;
  let plainSum = 0;
  for (const [name, samples] of Object.entries(r.encrypted)) {
    const p50 = percentile(samples, 50);
    const plainP50 = percentile(r.plain[name]!, 50);
    figures[`${name}_p50_ms`] = p50;
    figures[`${name}_p95_ms`] = percentile(samples, 95);
    figures[`${name}_plain_p50_ms`] = plainP50;
    figures[`${name}_plain_p95_ms`] = percentile(r.plain[name]!, 95);
    figures[`${name}_ratio`] = p50 / plainP50;
    figures[`${name}_cpu_p95_ms`] = percentile(r.encryptedCpu[name]!, 95);
    encSum += p50;
    plainSum += plainP50;
  }
  // Medians, not means: one slow fsync of an audit entry would otherwise decide the ratio.
  figures.read_mix_ratio = encSum / plainSum;
  return figures;
}

/**
 * Resident search, list and file load on N generated residents through core, against the
 * same queries on a plaintext copy of the same file (DESIGN.md budgets: search p95 ≤ 5 ms,
 * file ≤ 15 ms, encrypted/plain read ratio ≤ 1.10).
 */
export async function benchResidents(residents: number, perKind: number): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'amizero-bench-residents-'));
  try {
    const { dir, builtMs } = await residentsVault(residents, work);
    const core = new Core({ dataDir: dir, cacheKiB: APP_CACHE_KIB, log: () => undefined, scheduledBackups: false });
    try {
      await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
      const encrypted = core.state.session!;
      const workload = residentsWorkload(encrypted.sqlite, perKind);
      const plainPath = join(work, 'plain.db');
      encrypted.withDataKey((dek) => plainCopy(encrypted.sqlite, dek, plainPath));
      const plain = openPlainSession(plainPath, encrypted, APP_CACHE_KIB);
      let result: PassResult;
      try {
        // A warm-up pass first: both files are measured with their working set in the page cache.
        await pass(core, { encrypted, plain }, workload);
        result = await pass(core, { encrypted, plain }, workload);
      } finally {
        core.state.session = encrypted;
        plain.close();
      }
      const missed = Object.entries(result.empty).filter(([kind, n]) => kind !== 'fuzzy' && n > 0);
      if (missed.length) throw new Error(`queries drawn from the data found nobody: ${JSON.stringify(Object.fromEntries(missed))}`);

      return {
        residents,
        // Other work on the machine shows in wall times; reported so figures can be judged.
        load_1m_after: loadavg()[0]!,
        db_mb: statSync(join(dir, 'amizero.db')).size / 2 ** 20,
        ...(builtMs === null ? {} : { generate_s: builtMs / 1000 }),
        ...summarise(result),
        fuzzy_answered_pct: (100 * result.fuzzyAnswered) / workload.searches.fuzzy.length,
      };
    } finally {
      await core.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

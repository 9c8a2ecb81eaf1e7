import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { BENCH_PASSWORD, BENCH_USER, residentsVault } from './residents-vault';
import { PAGE_SIZE, SEARCH_KINDS, residentsWorkload, type ResidentsWorkload } from './residents-queries';
import { percentile, timeIt } from './stats';

/** The counsellor's caseload (issue 10: "a counsellor with 40 assigned residents"). */
const ASSIGNED = 40;
const COUNSELLOR = { username: 'bench.counsellor', password: 'bench counsellor passphrase 42', fullName: 'Bench Counsellor' };
const ROUNDS = 3;
const APP_CACHE_KIB = 64 * 1024;

type Samples = { search: number[]; list: number[]; searchCpu: number[]; listCpu: number[] };
const samples = (): Samples => ({ search: [], list: [], searchCpu: [], listCpu: [] });

/**
 * Wall time and CPU time of each call: on a machine shared with other work, wall time also
 * counts waiting for a core; CPU time is what the filter itself costs.
 */
async function timed(fn: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const { ms } = await timeIt(fn);
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

async function measure(core: Core, work: ResidentsWorkload, into: Samples): Promise<void> {
  for (const kind of SEARCH_KINDS) {
    for (const query of work.searches[kind]) {
      const t = await timed(() => core.call('residents.search', { query }));
      into.search.push(t.ms);
      into.searchCpu.push(t.cpuMs);
    }
  }
  for (const offset of work.pageOffsets) {
    const t = await timed(() => core.call('residents.search', { sort: 'name', limit: PAGE_SIZE, offset }));
    into.list.push(t.ms);
    into.listCpu.push(t.cpuMs);
  }
}

async function signInAs(core: Core, username: string, password: string): Promise<void> {
  if (core.state.session) await core.call('auth.lock', { reason: 'manual' });
  await core.call('auth.signIn', { username, password });
}

/**
 * Need-to-know costs at the list: the same searches and list pages as a manager (everyone
 * in full) and as a counsellor with 40 assigned residents under "assigned staff only" (the
 * others narrowed to code and first name, and searchable by those only). Phases alternate so
 * a busy moment on the machine lands on both; the budget is +1 ms at p95.
 */
export async function benchResidentsAccess(residents: number, perKind: number): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'amizero-bench-access-'));
  try {
    const { dir } = await residentsVault(residents, work);
    const core = new Core({ dataDir: dir, cacheKiB: APP_CACHE_KIB, log: () => undefined, scheduledBackups: false });
    try {
      await signInAs(core, BENCH_USER, BENCH_PASSWORD);
      const workload = residentsWorkload(core.state.session!.sqlite, perKind);
      const temporary = `${COUNSELLOR.password} temporary`;
      const counsellor = await core.call('users.create', { ...COUNSELLOR, role: 'counsellor', password: temporary });
      const caseload = await core.call('residents.search', { sort: 'admittedOn', direction: 'desc', limit: ASSIGNED });
      for (const r of caseload.items) await core.call('residents.care.update', { residentId: r.id, counsellorId: counsellor.id });
      await core.call('settings.update', { residentAccess: 'assigned' });
      await signInAs(core, COUNSELLOR.username, temporary);
      await core.call('auth.changePassword', { currentPassword: temporary, newPassword: COUNSELLOR.password });

      const manager = samples();
      const staff = samples();
      // A warm-up of each first, then alternating measured rounds.
      for (let round = -1; round < ROUNDS; round++) {
        const keep = round >= 0;
        await signInAs(core, BENCH_USER, BENCH_PASSWORD);
        await measure(core, workload, keep ? manager : samples());
        await signInAs(core, COUNSELLOR.username, COUNSELLOR.password);
        await measure(core, workload, keep ? staff : samples());
      }
      const p95 = (s: number[]) => percentile(s, 95);
      return {
        residents,
        assigned: ASSIGNED,
        manager_search_p95_ms: p95(manager.search),
        counsellor_search_p95_ms: p95(staff.search),
        search_p95_cost_ms: p95(staff.search) - p95(manager.search),
        manager_list_p95_ms: p95(manager.list),
        counsellor_list_p95_ms: p95(staff.list),
        list_p95_cost_ms: p95(staff.list) - p95(manager.list),
        search_cpu_p95_cost_ms: p95(staff.searchCpu) - p95(manager.searchCpu),
        list_cpu_p95_cost_ms: p95(staff.listCpu) - p95(manager.listCpu),
      };
    } finally {
      await core.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

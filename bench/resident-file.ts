import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { BENCH_PASSWORD, BENCH_USER, residentsVault } from './residents-vault';
import { percentile, timeIt } from './stats';

/** The page cache the app opens the vault with (open.ts default). */
const APP_CACHE_KIB = 64 * 1024;

/**
 * What the resident file page asks core for when a manager walks through every tab once:
 * the file itself, then each tab's own channel (DESIGN.md budget: the file, all tabs, ≤ 15 ms).
 */
const TAB_CALLS: readonly (readonly [string, (core: Core, residentId: string) => Promise<unknown>])[] = [
  ['file', (core: Core, residentId: string) => core.call('residents.get', { id: residentId })],
  ['care', (core: Core, residentId: string) => core.call('residents.care.get', { residentId })],
  ['profile', (core: Core, residentId: string) => core.call('residents.profile.get', { residentId })],
  ['consents', (core: Core, residentId: string) => core.call('residents.consents.list', { residentId })],
  ['documents', (core: Core, residentId: string) => core.call('residents.documents.list', { residentId })],
  ['referrals_out', (core: Core, residentId: string) => core.call('residents.referralsOut.list', { residentId })],
  ['history', (core: Core, residentId: string) => core.call('residents.history', { residentId, limit: 50, includeViews: false })],
];

/** Residents spread evenly over the whole table, oldest to newest. */
function spreadIds(core: Core, count: number): string[] {
  const all = core.state.session!.sqlite.prepare('SELECT id FROM residents ORDER BY row_num').pluck().all() as string[];
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, i) => i % step === 0).slice(0, count);
}

/**
 * Opens `files` resident files through core with every tab, on the generated shelter history.
 * Each file first gets a profile, two consents and an edit, so no tab is measured empty.
 */
export async function benchResidentFile(residents: number, files: number): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'amizero-bench-file-'));
  try {
    const { dir } = await residentsVault(residents, work);
    const core = new Core({ dataDir: dir, cacheKiB: APP_CACHE_KIB, log: () => undefined, scheduledBackups: false });
    try {
      await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
      const ids = spreadIds(core, files);
      const today = new Date().toISOString().slice(0, 10);
      for (const residentId of ids) {
        await core.call('residents.profile.save', {
          residentId,
          profile: {
            status: 'actual',
            exploitationTypes: ['forced_labour'],
            labourSectors: ['domestic_work'],
            exploitationCountries: ['SA'],
          },
        });
        for (const purpose of ['services', 'data_storage'] as const) {
          await core.call('residents.consents.record', {
            residentId,
            purpose,
            givenOn: today,
            method: 'written',
            givenBy: 'guardian',
            guardianName: 'Bench Guardian',
          });
        }
        await core.call('residents.care.update', { residentId, riskLevel: 'moderate' });
      }
      const samples: Record<string, number[]> = { all_tabs: [] };
      // A warm-up round first, so both rounds do not differ by what the page cache held.
      for (const round of [0, 1]) {
        for (const residentId of ids) {
          let total = 0;
          for (const [name, fn] of TAB_CALLS) {
            const { ms } = await timeIt(() => fn(core, residentId));
            total += ms;
            if (round === 1) (samples[name] ??= []).push(ms);
          }
          if (round === 1) samples.all_tabs!.push(total);
        }
      }
      const figures: Record<string, number> = { residents, files: ids.length };
      for (const [name, s] of Object.entries(samples)) {
        figures[`${name}_p50_ms`] = percentile(s, 50);
        figures[`${name}_p95_ms`] = percentile(s, 95);
      }
      return figures;
    } finally {
      await core.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

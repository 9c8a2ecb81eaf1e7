import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { grantedToken } from '../electron/core/grants/granted';
import { BENCH_PASSWORD, BENCH_USER, residentsVault } from './residents-vault';
import { percentile, timeIt } from './stats';

/** The page cache the app opens the vault with (open.ts default). */
const APP_CACHE_KIB = 64 * 1024;

/**
 * Reports on the generated shelter history: the manager's Home figures (core time), a
 * year's full report, its XLSX export, and the anonymised export with suppression.
 * The counsellor's and social worker's Home figures belong to Rehabilitation and
 * Reintegration, which add their channels to this group when they land.
 */
export async function benchReports(residents: number, rounds: number): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'amizero-bench-reports-'));
  try {
    const { dir } = await residentsVault(residents, work);
    const core = new Core({ dataDir: dir, cacheKiB: APP_CACHE_KIB, log: () => undefined, scheduledBackups: false });
    try {
      await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
      const today = new Date().toISOString().slice(0, 10);
      const year = { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today };
      const home: number[] = [];
      const report: number[] = [];
      // A warm-up round first, as the app's page cache would be after the first screen.
      for (let i = 0; i <= rounds; i++) {
        const h = await timeIt(() => core.call('home.managerFigures', {}));
        const r = await timeIt(() => core.call('reports.run', year));
        if (i > 0) {
          home.push(h.ms);
          report.push(r.ms);
        }
      }
      const out = join(work, 'out');
      rmSync(out, { recursive: true, force: true });
      mkdirSync(out);
      const xlsx = await timeIt(async () =>
        core.call('reports.export', {
          ...year,
          format: 'xlsx',
          locale: 'en',
          destinationToken: await grantedToken(core, 'reportExport', join(out, 'year.xlsx')),
        }),
      );
      const anonymised = await timeIt(async () =>
        core.call('reports.anonymised', { destinationToken: await grantedToken(core, 'reportExport', join(out, 'ctdc.csv')) }),
      );
      return {
        residents,
        home_manager_p95_ms: percentile(home, 95),
        year_report_p95_ms: percentile(report, 95),
        year_xlsx_export_ms: xlsx.ms,
        anonymised_export_ms: anonymised.ms,
        anonymised_records: anonymised.value.records,
        anonymised_suppressed_values: anonymised.value.suppressedValues,
      };
    } finally {
      await core.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

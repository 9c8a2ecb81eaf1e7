import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { renderPdf } from '../electron/core/pdf';
import { fieldSheetSpec } from '../electron/core/services/reintegration-field-sheet';
import { BENCH_PASSWORD, BENCH_USER, residentsVault } from './residents-vault';
import { percentile, timeIt } from './stats';

/** The page cache the app opens the vault with (open.ts default). */
const APP_CACHE_KIB = 64 * 1024;

/**
 * Reintegration on the generated shelter history, where every discharged resident has a
 * plan and a year of visits: My visits (as a manager, who sees everyone's: the largest list),
 * the Reintegration tab, and a field sheet laid out to PDF in memory (no file written).
 */
export async function benchReintegration(residents: number, rounds: number): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'amizero-bench-reint-'));
  try {
    const { dir } = await residentsVault(residents, work);
    const core = new Core({ dataDir: dir, cacheKiB: APP_CACHE_KIB, log: () => undefined, scheduledBackups: false });
    try {
      await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
      const session = core.state.session!;
      const due = session.sqlite.prepare("SELECT id, resident_id FROM reintegration_visits WHERE status = 'due' ORDER BY id").all() as {
        id: string;
        resident_id: string;
      }[];
      const step = Math.max(1, Math.floor(due.length / rounds));
      const sample = due.filter((_, i) => i % step === 0).slice(0, rounds);
      const myVisits: number[] = [];
      const tab: number[] = [];
      const sheet: number[] = [];
      for (const round of [0, 1]) {
        for (const v of sample) {
          const a = await timeIt(() => core.call('reintegration.myVisits', {}));
          const b = await timeIt(() => core.call('residents.reintegration.get', { residentId: v.resident_id }));
          const c = await timeIt(async () => renderPdf(await fieldSheetSpec(session, v.id, 'fr', Date.now())));
          if (round === 0) continue;
          myVisits.push(a.ms);
          tab.push(b.ms);
          sheet.push(c.ms);
        }
      }
      return {
        residents,
        visits_due: due.length,
        my_visits_p50_ms: percentile(myVisits, 50),
        my_visits_p95_ms: percentile(myVisits, 95),
        tab_p50_ms: percentile(tab, 50),
        tab_p95_ms: percentile(tab, 95),
        field_sheet_pdf_p50_ms: percentile(sheet, 50),
        field_sheet_pdf_p95_ms: percentile(sheet, 95),
      };
    } finally {
      await core.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

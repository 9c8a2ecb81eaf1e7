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
const SW_TEMPORARY = 'temporary bench words, long enough 17';
const SW_PASSWORD = 'social worker bench passphrase 58';

/**
 * Reintegration on the generated shelter history, where every discharged resident has a
 * plan and a year of visits: My visits (a social worker's own, the page's budget, and a manager's, who sees everyone's)
 * and Home's visit counts for both,
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
      // A social worker's own page: a caseload of about 50 residents spread over the history.
      const sw = await core.call('users.create', {
        fullName: 'Bench Social Worker',
        username: 'benchsw',
        role: 'social_worker',
        password: SW_TEMPORARY,
      });
      session.sqlite
        .prepare('UPDATE residents SET social_worker_id = ? WHERE row_num % ? = 0')
        .run(sw.id, Math.max(1, Math.floor(residents / 50)));
      const mine: number[] = [];
      const mineCounts: number[] = [];
      const myVisits: number[] = [];
      const counts: number[] = [];
      const tab: number[] = [];
      const sheet: number[] = [];
      for (const round of [0, 1]) {
        for (const v of sample) {
          const a = await timeIt(() => core.call('reintegration.myVisits', {}));
          const n = await timeIt(() => core.call('reintegration.visitCounts', {}));
          const b = await timeIt(() => core.call('residents.reintegration.get', { residentId: v.resident_id }));
          const c = await timeIt(async () => renderPdf(await fieldSheetSpec(session, v.id, 'fr', Date.now())));
          if (round === 0) continue;
          myVisits.push(a.ms);
          counts.push(n.ms);
          tab.push(b.ms);
          sheet.push(c.ms);
        }
      }
      await core.lock('manual');
      await core.call('auth.signIn', { username: 'benchsw', password: SW_TEMPORARY });
      await core.call('auth.changePassword', { currentPassword: SW_TEMPORARY, newPassword: SW_PASSWORD });
      for (const round of [0, 1])
        for (let i = 0; i < sample.length; i++) {
          const { ms } = await timeIt(() => core.call('reintegration.myVisits', {}));
          const n = await timeIt(() => core.call('reintegration.visitCounts', {}));
          if (round === 1) {
            mine.push(ms);
            mineCounts.push(n.ms);
          }
        }
      return {
        residents,
        social_worker_my_visits_p50_ms: percentile(mine, 50),
        social_worker_my_visits_p95_ms: percentile(mine, 95),
        social_worker_visit_counts_p95_ms: percentile(mineCounts, 95),
        visits_due: due.length,
        manager_my_visits_p50_ms: percentile(myVisits, 50),
        manager_my_visits_p95_ms: percentile(myVisits, 95),
        manager_visit_counts_p50_ms: percentile(counts, 50),
        manager_visit_counts_p95_ms: percentile(counts, 95),
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

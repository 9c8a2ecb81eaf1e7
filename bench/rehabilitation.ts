import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { BENCH_PASSWORD, BENCH_USER, sessionsVault } from './residents-vault';
import { percentile, timeIt } from './stats';

const APP_CACHE_KIB = 64 * 1024;

/**
 * Issue 11 on the generated shelter: the demo generator gives every resident a plan and
 * about ten sessions (close to a million for 100,000 residents; generated once and cached),
 * then the Counselling tab (sessions and plan), My week and the opening of sealed notes are
 * timed through core.
 */
export async function benchRehabilitation(residents: number, samples: number): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'amizero-bench-rehab-'));
  try {
    const { dir, builtMs } = await sessionsVault(residents, work);
    const core = new Core({ dataDir: dir, cacheKiB: APP_CACHE_KIB, log: () => undefined, scheduledBackups: false });
    try {
      await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
      const session = core.state.session!;
      const sessions = session.sqlite.prepare('SELECT count(*) FROM counselling_sessions').pluck().get() as number;
      const all = session.sqlite.prepare('SELECT id FROM residents ORDER BY row_num').pluck().all() as string[];
      const step = Math.max(1, Math.floor(all.length / samples));
      const ids = all.filter((_, i) => i % step === 0).slice(0, samples);
      const noted = session.sqlite
        .prepare(
          `SELECT p.resident_id AS residentId, s.id AS sessionId FROM counselling_sessions s
           JOIN counselling_participants p ON p.session_id = s.id WHERE s.sealed_notes IS NOT NULL LIMIT ?`,
        )
        .all(samples) as { residentId: string; sessionId: string }[];
      const tab: number[] = [];
      const week: number[] = [];
      const notes: number[] = [];
      for (const round of [0, 1]) {
        for (const residentId of ids) {
          const { ms } = await timeIt(async () => {
            await core.call('residents.sessions.list', { residentId });
            await core.call('residents.plan.get', { residentId });
          });
          if (round === 1) tab.push(ms);
        }
        for (let i = 0; i < Math.min(samples, 50); i++) {
          const { ms } = await timeIt(() => core.call('counselling.myWeek', {}));
          if (round === 1) week.push(ms);
        }
        for (const n of noted) {
          const { ms } = await timeIt(() => core.call('residents.sessions.notes', n));
          if (round === 1) notes.push(ms);
        }
      }
      return {
        residents,
        sessions,
        // Only when this run generated the history (the cache was missing).
        ...(builtMs === null ? {} : { generate_s: Math.round(builtMs / 100) / 10 }),
        counselling_tab_p50_ms: percentile(tab, 50),
        counselling_tab_p95_ms: percentile(tab, 95),
        my_week_p95_ms: percentile(week, 95),
        note_decrypt_p50_ms: percentile(notes, 50),
        note_decrypt_p95_ms: percentile(notes, 95),
      };
    } finally {
      await core.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { grantedToken } from '../electron/core/grants/granted';
import type { Session } from '../electron/core/session';
import type { ChannelName } from '../shared/contract';
import { openPlainSession, plainCopy } from './plain-db';
import { BENCH_PASSWORD, BENCH_USER, sessionsVault } from './residents-vault';
import { percentile, timeIt } from './stats';

/** The page cache the app opens the vault with (open.ts default), for both files. */
const APP_CACHE_KIB = 64 * 1024;
const TEMPORARY = 'temporary bench words, long enough 17';
/** A caseload of about this many residents, spread over the history. */
const CASELOAD = 50;

/**
 * The core channels each role's Home asks for its own cards (the cards every role shares,
 * such as risk flags and the backup note, are other groups' figures): the manager's charts;
 * the counsellor's residents and week; the social worker's residents and visits.
 */
const HOME_CHANNELS = {
  manager: ['home.managerFigures'],
  counsellor: ['home.myResidents', 'counselling.myWeek'],
  social_worker: ['home.myResidents', 'reintegration.myVisits'],
} as const satisfies Record<string, readonly ChannelName[]>;
type HomeRole = keyof typeof HOME_CHANNELS;

const ACCOUNTS: Record<Exclude<HomeRole, 'manager'>, { username: string; password: string }> = {
  counsellor: { username: 'benchco', password: 'counsellor bench passphrase 41' },
  social_worker: { username: 'benchsw', password: 'social worker bench passphrase 58' },
};

/**
 * Reports on the generated shelter history: each role's Home (core time for its cards, all
 * asked at once as the page does), a year's full report, its XLSX export and the anonymised
 * export with suppression, each measured on the encrypted vault and then on a plaintext copy
 * of the same file through the same channels (DESIGN.md: the cost of encryption, not of the
 * queries). The two sides take turns round by round.
 */
export async function benchReports(residents: number, rounds: number): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'amizero-bench-reports-'));
  try {
    const { dir } = await sessionsVault(residents, work);
    const core = new Core({ dataDir: dir, cacheKiB: APP_CACHE_KIB, log: () => undefined, scheduledBackups: false });
    try {
      const results: Record<string, number> = { residents };
      await addCaseloads(core, residents);
      const plainPath = join(work, 'plain.db');
      await signInAs(core, 'manager');
      core.state.session!.withDataKey((dek) => plainCopy(core.state.session!.sqlite, dek, plainPath));

      for (const role of Object.keys(HOME_CHANNELS) as HomeRole[]) {
        await signInAs(core, role);
        const times = await onBothSides(core, plainPath, rounds, async () => {
          await Promise.all(HOME_CHANNELS[role].map((c) => core.call(c, {})));
        });
        results[`home_${role}_p95_ms`] = percentile(times.encrypted, 95);
        results[`home_${role}_plain_p95_ms`] = percentile(times.plain, 95);
        if (role !== 'manager') continue;

        const today = new Date().toISOString().slice(0, 10);
        const year = { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today };
        const report = await onBothSides(core, plainPath, rounds, () => core.call('reports.run', year));
        results.year_report_p95_ms = percentile(report.encrypted, 95);
        results.year_report_plain_p95_ms = percentile(report.plain, 95);
        const out = join(work, 'out');
        mkdirSync(out, { recursive: true });
        let n = 0;
        const xlsx = await onBothSides(core, plainPath, 1, async () =>
          core.call('reports.export', {
            ...year,
            format: 'xlsx',
            locale: 'en',
            destinationToken: await grantedToken(core, 'reportExport', join(out, `year-${n++}.xlsx`)),
          }),
        );
        results.year_xlsx_export_ms = xlsx.encrypted[0]!;
        results.year_xlsx_export_plain_ms = xlsx.plain[0]!;
        let records = 0;
        let suppressed = 0;
        const anonymised = await onBothSides(core, plainPath, 1, async () => {
          const r = await core.call('reports.anonymised', {
            destinationToken: await grantedToken(core, 'reportExport', join(out, `ctdc-${n++}.csv`)),
          });
          records = r.records;
          suppressed = r.suppressedValues;
        });
        results.anonymised_export_ms = anonymised.encrypted[0]!;
        results.anonymised_export_plain_ms = anonymised.plain[0]!;
        results.anonymised_records = records;
        results.anonymised_suppressed_values = suppressed;
      }
      return results;
    } finally {
      await core.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A counsellor and a social worker, each with a caseload (and the counsellor with those residents' sessions). */
async function addCaseloads(core: Core, residents: number): Promise<void> {
  await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
  const sqlite = core.state.session!.sqlite;
  const every = Math.max(1, Math.floor(residents / CASELOAD));
  const ids: Record<string, string> = {};
  for (const [role, a] of Object.entries(ACCOUNTS)) {
    ids[role] = (
      await core.call('users.create', { fullName: `Bench ${role}`, username: a.username, role: role as HomeRole, password: TEMPORARY })
    ).id;
  }
  sqlite.prepare('UPDATE residents SET counsellor_id = ? WHERE row_num % ? = 0').run(ids.counsellor, every);
  sqlite.prepare('UPDATE residents SET social_worker_id = ? WHERE row_num % ? = 1').run(ids.social_worker, every);
  sqlite
    .prepare(
      `UPDATE counselling_sessions SET counsellor_id = ? WHERE id IN (
         SELECT p.session_id FROM counselling_participants p JOIN residents r ON r.id = p.resident_id WHERE r.counsellor_id = ?)`,
    )
    .run(ids.counsellor, ids.counsellor);
  await core.lock('manual');
  for (const a of Object.values(ACCOUNTS)) {
    await core.call('auth.signIn', { username: a.username, password: TEMPORARY });
    await core.call('auth.changePassword', { currentPassword: TEMPORARY, newPassword: a.password });
    await core.lock('manual');
  }
}

async function signInAs(core: Core, role: HomeRole): Promise<void> {
  if (core.state.session) await core.lock('manual');
  const a = role === 'manager' ? { username: BENCH_USER, password: BENCH_PASSWORD } : ACCOUNTS[role];
  await core.call('auth.signIn', a);
}

/**
 * Runs `work` through core on the encrypted session and on a session over the plain copy for
 * the same user, alternating, after one untimed warm-up each (as the page cache would be
 * after the first screen).
 */
async function onBothSides(
  core: Core,
  plainPath: string,
  rounds: number,
  work: () => Promise<unknown>,
): Promise<{ encrypted: number[]; plain: number[] }> {
  const encrypted = core.state.session!;
  const plain: Session = openPlainSession(plainPath, encrypted, APP_CACHE_KIB);
  const state = core.state as { session: Session | null };
  const times = { encrypted: [] as number[], plain: [] as number[] };
  try {
    for (let i = 0; i <= rounds; i++) {
      for (const side of i % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const)) {
        state.session = side === 'plain' ? plain : encrypted;
        const { ms } = await timeIt(work);
        if (i > 0 || rounds === 1) times[side].push(ms);
      }
    }
  } finally {
    state.session = encrypted;
    plain.close();
  }
  if (rounds === 1) {
    times.encrypted = times.encrypted.slice(-1);
    times.plain = times.plain.slice(-1);
  }
  return times;
}

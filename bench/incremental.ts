import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { generateIdentity, parseIdentityFile } from '../electron/core/backup/age';
import { chainFull, chainLink } from '../electron/core/backup/testing/chain-fixture';
import { verifyChain } from '../electron/core/backup/chain/rebuild';
import { verifyBackup } from '../electron/core/backup/verify';
import { createBackup } from '../electron/core/backup/create';
import { stageChainRestore, stageRestore, swapInStaged, type StagedRestore } from '../electron/core/backup/restore';
import { BENCH_PASSWORD, BENCH_USER, residentsVault } from './residents-vault';
import { BUDGET_AT } from './budgets';

const MiB = 1024 * 1024;

const ADMITTED_ON = '2026-11-29';
const TODAY = '2026-11-30';
/** Eight beds a day: five for the admissions, three to move three of them to. */
const BEDS = Array.from({ length: 16 }, (_, i) => `B${i + 1}`);

/** Residents spread evenly over the vault's rows: a day's edits land on old pages, not only the newest. */
function spreadResidents(core: Core, n: number): string[] {
  const ids = core.state.session!.sqlite.prepare('SELECT id FROM residents ORDER BY rowid').pluck().all() as string[];
  return Array.from({ length: n }, (_, i) => ids[Math.floor(((i + 0.5) * ids.length) / n)]!);
}

/**
 * The typical day, through core's channels as the window makes it: 5 admissions
 * (each into a bed), 20 edits across tabs of older files (identity, trafficking profile,
 * care), 3 bed moves, 2 consents. Returns the number of changes (rows written by hand,
 * not counting the audit entries and index rows each also writes).
 */
async function typicalDay(core: Core, o: { bedIds: string[]; edit: string[]; tag: string }): Promise<number> {
  const admitted: string[] = [];
  for (let i = 0; i < 5; i++) {
    const file = await core.call('residents.admit', {
      identity: { givenNames: `${o.tag}Admit${i}`, familyName: 'Bench' },
      admittedOn: ADMITTED_ON,
      bedId: o.bedIds[i]!,
    });
    admitted.push(file.id);
  }
  for (let i = 0; i < 20; i++) {
    const residentId = o.edit[i]!;
    if (i % 3 === 0) {
      const file = await core.call('residents.get', { id: residentId });
      await core.call('residents.update', { id: residentId, identity: { ...file.identity, phone: `+250 788 ${String(100_000 + i)}` } });
    } else if (i % 3 === 1) {
      await core.call('residents.profile.save', {
        residentId,
        profile: { status: 'actual', notes: `${o.tag} edit ${i}: account heard again` },
      });
    } else {
      await core.call('residents.care.update', { residentId, riskLevel: i % 2 ? 'moderate' : 'none' });
    }
  }
  for (let i = 0; i < 3; i++) await core.call('residents.assignBed', { residentId: admitted[i]!, bedId: o.bedIds[5 + i]!, from: TODAY });
  for (let i = 0; i < 2; i++)
    await core.call('residents.consents.record', {
      residentId: o.edit[20 + i]!,
      purpose: 'services',
      givenOn: TODAY,
      method: 'written',
      givenBy: 'resident',
    });
  return 5 + 20 + 3 + 2;
}

/** The vault size issue 13 sets a day's link budget for. */
export const DAY_BUDGET_RESIDENTS = BUDGET_AT['incremental.day_link_kib']!;

interface ChainBench {
  core: Core;
  dir: string;
  work: string;
  out: string;
  key: ReturnType<typeof generateIdentity>;
  next: () => Date;
}

/** A working copy of the bench vault, signed in, with a key to seal the chain to; removed afterwards. */
async function withChainVault<T>(residents: number, run: (b: ChainBench) => Promise<T>): Promise<T> {
  const work = mkdtempSync(join(tmpdir(), 'amizero-bench-incremental-'));
  try {
    const { dir } = await residentsVault(residents, work);
    const core = new Core({ dataDir: dir, log: () => undefined, scheduledBackups: false });
    try {
      await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
      const out = join(work, 'out');
      mkdirSync(out);
      let t = Date.parse('2026-12-01T02:00:00Z');
      return await run({ core, dir, work, out, key: generateIdentity(), next: () => new Date((t += 3_600_000)) });
    } finally {
      await core.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * A full backup, then a typical day and its link, then another such day with two new 1 MB
 * scans and its link: the sizes issue 13 budgets, and the link's time against the full's.
 */
async function measureDays({ core, out, key, next }: ChainBench) {
  // Set-up before the chain starts: a room with free beds for the day's admissions, and
  // residents spread over the vault (by rowid) to edit, as a day touches old files too.
  const room = await core.call('residents.createRoom', { name: 'Bench room', beds: BEDS });
  const spread = spreadResidents(core, 22);
  const day1 = room.beds.slice(0, 8).map((b) => b.id);
  const day2 = room.beds.slice(8).map((b) => b.id);

  let started = performance.now();
  const full = await chainFull(core, out, 'full.age', key.recipient, next());
  const fullMs = performance.now() - started;
  const fullBytes = statSync(full).size;

  const rows = await typicalDay(core, { bedIds: day1, edit: spread, tag: 'Day1' });
  started = performance.now();
  const day = await chainLink(core, out, 'link-1.age', key.recipient, next());
  const linkMs = performance.now() - started;

  // Another such day with two new 1 MB scans.
  await typicalDay(core, { bedIds: day2, edit: spread, tag: 'Day2' });
  const residentId = spread[0]!;
  for (let i = 0; i < 2; i++) {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n', 'latin1'), randomBytes(MiB - 9)]);
    await core.call('residents.documents.attach', {
      residentId,
      kind: 'id_document',
      title: `Bench scan ${i}`,
      originalName: `bench-${i}.pdf`,
      contentBase64: bytes.toString('base64'),
    });
  }
  const scans = await chainLink(core, out, 'link-2.age', key.recipient, next());
  return {
    files: [full, day.path, scans.path],
    figures: {
      full_bytes_mib: fullBytes / MiB,
      day_rows_changed: rows,
      day_link_kib: day.fileBytes / 1024,
      day_link_share_pct: (100 * day.fileBytes) / fullBytes,
      size_ratio_incremental_full: day.fileBytes / fullBytes,
      day_changed_pages: day.changedPages,
      day_bytes_per_row: day.fileBytes / rows,
      scans_link_over_scans_kib: (scans.fileBytes - 2 * MiB) / 1024,
      full_ms: fullMs,
      incremental_ms: linkMs,
      incremental_vs_full_time: linkMs / fullMs,
    },
  };
}

/** Only the day's sizes (and times) at one vault size: `npm run bench` adds it at the size their budget is set for. */
export function benchIncrementalDay(residents: number): Promise<Record<string, number>> {
  return withChainVault(residents, async (b) => ({ residents, ...(await measureDays(b)).figures }));
}

/**
 * Issue 13's targets: the size of a typical day's link against the full backup (≤ 2 MB and
 * ≤ 2 % at 10,000 residents; another such day with two 1 MB scans ≤ 2 MB plus the scans), the
 * size ratio and the bytes per changed row, the time to write a link against a full backup in
 * the same run (≤ 25 % at 100,000), and verifying base + 30 links against verifying one
 * full backup of the same final state (≤ 1.5×), both as a verify and as a whole restore onto
 * an empty data folder (staged, every check, the sign-in to the backup, the swap).
 */
export function benchIncremental(residents: number): Promise<Record<string, number>> {
  return withChainVault(residents, async (b) => {
    const { core, dir, work, out, key, next } = b;
    const secrets = { identities: parseIdentityFile(`${key.identity}\n`) };
    const { files, figures } = await measureDays(b);
    for (let i = 3; i <= 30; i++) {
      await core.call('residents.admit', { identity: { givenNames: `Later${i}` }, admittedOn: '2026-11-30' });
      files.push((await chainLink(core, out, `link-${i}.age`, key.recipient, next())).path);
    }
    const finalFull = join(out, 'final-full.age');
    await core.state.session!.withDataKey((dataKey) =>
      createBackup({
        sqlite: core.state.session!.sqlite,
        dataKey,
        keyringPath: core.state.vault.paths.keyring,
        workDir: dir,
        outPath: finalFull,
        protection: { recipients: [key.recipient] },
        appVersion: 'bench',
        organisationName: 'Bench Shelter',
        siteCode: 'BEN',
        createdBy: null,
        now: next(),
      }),
    );
    let started = performance.now();
    await verifyBackup(finalFull, secrets);
    const oneFullMs = performance.now() - started;
    started = performance.now();
    await verifyChain(files, secrets);
    const chainMs = performance.now() - started;
    // Restore on a new computer (an empty data folder each): staged with every check, the
    // sign-in to the backup, then swapped in; the same final state from one full backup.
    const trust = { method: 'account' as const, username: BENCH_USER, password: BENCH_PASSWORD };
    const restoreInto = async (stage: (dataDir: string) => Promise<StagedRestore>): Promise<number> => {
      const fresh = join(work, `restore-${randomBytes(4).toString('hex')}`);
      mkdirSync(fresh);
      const began = performance.now();
      const staged = await stage(fresh);
      swapInStaged(fresh, staged, new Date());
      const ms = performance.now() - began;
      rmSync(fresh, { recursive: true, force: true });
      return ms;
    };
    const restoreFullMs = await restoreInto((d) => stageRestore(d, finalFull, secrets, trust));
    const restoreChainMs = await restoreInto((d) => stageChainRestore(d, files, secrets, trust));
    return {
      ...figures,
      verify_full_ms: oneFullMs,
      verify_base_plus_30_ms: chainMs,
      chain_vs_full_verify: chainMs / oneFullMs,
      restore_full_ms: restoreFullMs,
      restore_base_plus_30_ms: restoreChainMs,
      chain_vs_full_restore: restoreChainMs / restoreFullMs,
    };
  });
}

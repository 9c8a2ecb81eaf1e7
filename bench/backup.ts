import { spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Core } from '../electron/core/core';
import { generateIdentity } from '../electron/core/backup/age';
import { createBackup } from '../electron/core/backup/create';
import { addBlobs, BENCH_PASSWORD, BENCH_USER, setUpBenchVault } from './residents-vault';
import { percentile, timeIt } from './stats';
import { chosen, chosenSource } from '../electron/core/testing/chosen';

const MiB = 1024 * 1024;

/** Peak resident memory while `fn` runs, sampled every 20 ms (the process's own, not the age child's). */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ value: T; peakMiB: number; baseMiB: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMiB: peak / MiB, baseMiB: base / MiB };
  } finally {
    clearInterval(timer);
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What a person copying the file by hand gets: stream read, write, fsync. */
async function plainCopy(from: string, to: string): Promise<void> {
  const fh = await open(to, 'wx', 0o600);
  try {
    for await (const chunk of createReadStream(from, { highWaterMark: MiB })) {
      const b = chunk as Buffer;
      let off = 0;
      while (off < b.length) off += (await fh.write(b, off, b.length - off)).bytesWritten;
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * Reads the file once so every contender starts with it in the page cache, and waits for
 * the kernel to flush what earlier contenders wrote, so no one pays for another's writes.
 */
async function warm(path: string): Promise<void> {
  for await (const _ of createReadStream(path, { highWaterMark: MiB })) void _;
  spawnSync('sync');
}

function ageAvailable(): string | null {
  const r = spawnSync('age', ['--version'], { encoding: 'utf8' });
  return r.error || r.status !== 0 ? null : r.stdout.trim();
}

/**
 * Backup and verify throughput on a generated database of `sizeMiB`, against the stock
 * `age` tool encrypting the very same snapshot bytes and a plain file copy. Every writer
 * fsyncs its output inside the timing (ours always does). Peak memory is this process's.
 */
export async function benchBackup(sizeMiB: number, rounds = 3): Promise<Record<string, number>> {
  const root = mkdtempSync(join(tmpdir(), 'amizero-bench-backup-'));
  const dataDir = join(root, 'vault');
  const out = join(root, 'out');
  const core = new Core({ dataDir, log: () => undefined, scheduledBackups: false });
  try {
    await setUpBenchVault(core);
    addBlobs(core, sizeMiB);
    const dbPath = core.state.vault.paths.db;
    const dbBytes = statSync(dbPath).size;
    const dbMB = dbBytes / 1e6;
    mkdirSync(out);
    const key = generateIdentity();
    const keyPath = join(root, 'head-office.key');
    writeFileSync(keyPath, key.identity + '\n', { mode: 0o600 });

    // Let the kernel write the freshly generated database out before anything is timed.
    fsyncFile(dbPath);
    spawnSync('sync');

    let session = core.state.session!;
    const age = ageAvailable();
    if (!age) console.log('backup: the stock `age` tool is not installed (Debian package `age`): its columns are skipped');
    const times: Record<'backup' | 'format1' | 'verify' | 'restore' | 'copy' | 'age' | 'ageDecrypt', number[]> = {
      backup: [],
      restore: [],
      format1: [],
      verify: [],
      copy: [],
      age: [],
      ageDecrypt: [],
    };
    let fileBytes = 0;
    let backupPeak = 0;
    let backupGrowth = 0;
    let verifyPeak = 0;
    let verifyGrowth = 0;
    // Interleaved rounds, median of each: a shared machine's noise hits every contender alike.
    for (let round = 0; round < rounds; round++) {
      const backupFile = join(out, `bench-${round}.age`);
      await warm(dbPath);
      const backup = await withPeakRss(() =>
        timeIt(async () =>
          core.call('backup.create', {
            folderToken: await chosen(core, 'backupFolder', out),
            fileName: `bench-${round}.age`,
            recipients: [key.recipient],
            password: BENCH_PASSWORD,
          }),
        ),
      );
      times.backup.push(backup.value.ms);
      fileBytes = backup.value.value.fileBytes;
      backupPeak = Math.max(backupPeak, backup.peakMiB);
      backupGrowth = Math.max(backupGrowth, backup.peakMiB - backup.baseMiB);

      await warm(backupFile);
      const verify = await withPeakRss(() => timeIt(async () => core.call('backup.verify', await chosenSource(core, backupFile, keyPath))));
      times.verify.push(verify.value.ms);
      verifyPeak = Math.max(verifyPeak, verify.peakMiB);
      verifyGrowth = Math.max(verifyGrowth, verify.peakMiB - verify.baseMiB);

      // Restore over the live vault (it checks the whole file first, then swaps); sign in again after.
      await warm(backupFile);
      times.restore.push(
        (
          await timeIt(async () =>
            core.call('backup.restore', {
              ...(await chosenSource(core, backupFile, keyPath)),
              trust: { method: 'account', username: BENCH_USER, password: BENCH_PASSWORD },
            }),
          )
        ).ms,
      );
      await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
      session = core.state.session!;
      for (const name of readdirSync(dataDir))
        if (name.startsWith('previous-')) rmSync(join(dataDir, name), { recursive: true, force: true });
      rmSync(backupFile);

      // The same with format 1 (a hashing pass before writing), to show what the trailer saves.
      await warm(dbPath);
      const v1Path = join(out, 'bench-v1.age');
      times.format1.push(
        (
          await timeIt(() =>
            session.withDataKey((k) =>
              createBackup({
                sqlite: session.sqlite,
                dataKey: Buffer.from(k),
                keyringPath: core.state.vault.paths.keyring,
                workDir: dataDir,
                outPath: v1Path,
                protection: { recipients: [key.recipient] },
                appVersion: 'bench',
                organisationName: 'Bench Shelter',
                siteCode: 'BEN',
                createdBy: null,
                now: new Date(),
                formatVersion: 1,
              }),
            ),
          )
        ).ms,
      );
      rmSync(v1Path);

      await warm(dbPath);
      const copyPath = join(out, 'copy.db');
      times.copy.push((await timeIt(() => plainCopy(dbPath, copyPath))).ms);
      rmSync(copyPath);

      if (age) {
        // The same snapshot bytes our backup encrypted: the checkpointed database file.
        await warm(dbPath);
        const agePath = join(out, 'age.age');
        times.age.push(
          (
            await timeIt(() => {
              const r = spawnSync('age', ['-r', key.recipient, '-o', agePath, dbPath]);
              if (r.status !== 0) throw new Error(`age failed: ${r.stderr.toString()}`);
              fsyncFile(agePath);
            })
          ).ms,
        );
        times.ageDecrypt.push(
          (
            await timeIt(() => {
              const r = spawnSync('age', ['-d', '-i', keyPath, '-o', '/dev/null', agePath]);
              if (r.status !== 0) throw new Error(`age -d failed: ${r.stderr.toString()}`);
            })
          ).ms,
        );
        rmSync(agePath);
      }
    }
    // Round by round, so a reader can see how much the disk moved each contender.
    const ms = (xs: number[]) => xs.map((x) => Math.round(x)).join(' ');
    console.log(`backup rounds, ms: ours ${ms(times.backup)} | age ${ms(times.age)} | plain copy ${ms(times.copy)}`);
    const mbs = (ms: number[]) => dbMB / (percentile(ms, 50) / 1000);
    const results: Record<string, number> = {
      database_mb: Math.round(dbMB),
      backup_mb_s: mbs(times.backup),
      backup_format1_mb_s: mbs(times.format1),
      verify_mb_s: mbs(times.verify),
      restore_s: percentile(times.restore, 50) / 1000,
      copy_mb_s: mbs(times.copy),
      backup_size_ratio: fileBytes / dbBytes,
      backup_peak_rss_mb: Math.round(backupPeak),
      backup_rss_growth_mb: Math.round(backupGrowth),
      verify_peak_rss_mb: Math.round(verifyPeak),
      verify_rss_growth_mb: Math.round(verifyGrowth),
    };
    if (age) {
      results.age_encrypt_mb_s = mbs(times.age);
      results.age_decrypt_mb_s = mbs(times.ageDecrypt);
      results.backup_vs_age = results.backup_mb_s! / results.age_encrypt_mb_s;
      // Round by round (each pair ran back to back), so the spread the disk adds is visible.
      const perRound = times.backup.map((ms, i) => times.age[i]! / ms);
      results.backup_vs_age_lowest_round = Math.min(...perRound);
      results.backup_vs_age_highest_round = Math.max(...perRound);
      results.backup_vs_copy = results.backup_mb_s! / results.copy_mb_s!;
    }
    return results;
  } finally {
    await core.close();
    rmSync(root, { recursive: true, force: true });
  }
}

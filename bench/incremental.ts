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

const MiB = 1024 * 1024;

/**
 * Issue 13's targets: the size of a typical day's link against the full backup (≤ 2 MB and
 * ≤ 2 %; with two 1 MB scans ≤ 2 MB plus the scans), the time to write a link against a
 * full backup in the same run (≤ 25 %), and verifying base + 30 links against verifying one
 * full backup of the same final state (≤ 1.5×), both as a verify and as a whole restore onto
 * an empty data folder (staged, every check, the sign-in to the backup, the swap).
 */
export async function benchIncremental(residents: number): Promise<Record<string, number>> {
  const work = mkdtempSync(join(tmpdir(), 'amizero-bench-incremental-'));
  try {
    const { dir } = await residentsVault(residents, work);
    const core = new Core({ dataDir: dir, log: () => undefined, scheduledBackups: false });
    try {
      await core.call('auth.signIn', { username: BENCH_USER, password: BENCH_PASSWORD });
      const key = generateIdentity();
      const secrets = { identities: parseIdentityFile(`${key.identity}\n`) };
      const out = join(work, 'out');
      mkdirSync(out);
      let t = Date.parse('2026-12-01T02:00:00Z');
      const next = () => new Date((t += 3_600_000));

      let started = performance.now();
      const full = await chainFull(core, out, 'full.age', key.recipient, next());
      const fullMs = performance.now() - started;
      const fullBytes = statSync(full).size;

      // A typical day: 5 admissions and 20 edits (draft saves of forms in progress stand in
      // for edits across tabs; bed moves and consents are not generated here).
      let rows = 0;
      for (let i = 0; i < 5; i++, rows++)
        await core.call('residents.admit', { identity: { givenNames: `Bench${i}` }, admittedOn: '2026-11-30' });
      for (let i = 0; i < 20; i++, rows++)
        await core.call('drafts.save', { formKey: `bench.day.${i}`, data: { note: `edit ${i} `.repeat(40) } });
      started = performance.now();
      const day = await chainLink(core, out, 'link-1.age', key.recipient, next());
      const linkMs = performance.now() - started;

      // The same day with two new 1 MB scans.
      const found = await core.call('residents.search', { query: 'Bench0' });
      const residentId = found.items[0]!.id;
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

      const files = [full, day.path, scans.path];
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
      started = performance.now();
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
        full_bytes_mib: fullBytes / MiB,
        day_link_kib: day.fileBytes / 1024,
        day_link_share_pct: (100 * day.fileBytes) / fullBytes,
        day_changed_pages: day.changedPages,
        day_bytes_per_row: day.fileBytes / rows,
        scans_link_over_scans_kib: (scans.fileBytes - 2 * MiB) / 1024,
        full_ms: fullMs,
        link_ms: linkMs,
        link_vs_full_time: linkMs / fullMs,
        verify_full_ms: oneFullMs,
        verify_base_plus_30_ms: chainMs,
        chain_vs_full_verify: chainMs / oneFullMs,
        restore_full_ms: restoreFullMs,
        restore_base_plus_30_ms: restoreChainMs,
        chain_vs_full_restore: restoreChainMs / restoreFullMs,
      };
    } finally {
      await core.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgeSecrets } from './age';
import { summarise, type BackupSummary } from './manifest';
import { checkUnpacked, unpackBackup, type ReadOptions } from './unpack';

/**
 * Checks a backup end to end without touching live data: unpacked into a private temp
 * folder (the database there is still encrypted with its own key; the manifest, which
 * holds that key, stays in memory), checked, and removed.
 */
export async function verifyBackup(file: string, secrets: AgeSecrets, o: ReadOptions = {}): Promise<BackupSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'amizero-verify-'));
  try {
    const u = await unpackBackup(file, secrets, dir, o);
    try {
      o.onChecking?.();
      const { vaultId } = await checkUnpacked(u);
      return { ...summarise(u.manifest), vaultId };
    } finally {
      u.dataKey.fill(0);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

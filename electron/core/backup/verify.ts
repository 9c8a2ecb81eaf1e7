import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgeSecrets } from './age';
import { summarise, type BackupSummary } from './manifest';
import { checkUnpacked, unpackBackup, type ReadOptions, type Unpacked } from './unpack';

/**
 * Checks a backup end to end without touching live data: unpacked into a private temp
 * folder (the database there is still encrypted with its own key; the manifest, which
 * holds that key, stays in memory), checked, and removed.
 */
export async function verifyBackup(file: string, secrets: AgeSecrets, o: ReadOptions = {}): Promise<BackupSummary> {
  return verifyUnpacked((dir) => unpackBackup(file, secrets, dir, o), o);
}

/** The same for whatever `unpack` puts into the private folder (a chain rebuilds its newest point there). */
export async function verifyUnpacked(unpack: (dir: string) => Promise<Unpacked>, o: ReadOptions = {}): Promise<BackupSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'amizero-verify-'));
  try {
    const u = await unpack(dir);
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

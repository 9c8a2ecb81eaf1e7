import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupChainPoint } from '../../../../shared/contract/channels/backup';
import { hasAgeHeader, parseScheduledLinkName, parseScheduledName } from '../rotation';

/**
 * The restore points in the scheduled folder, newest first, from the file names alone (no
 * key is needed): each file's size and what restoring to it needs — a full backup itself,
 * a link its full backup and every earlier link of its chain. `complete` is false when one
 * of those is not in the folder.
 */
export function listRestorePoints(folder: string, siteCode: string): BackupChainPoint[] {
  if (!existsSync(folder)) return [];
  const files = new Map<string, { at: Date; bytes: number; link: { base: string; sequence: number } | null }>();
  for (const name of readdirSync(folder)) {
    const link = parseScheduledLinkName(name, siteCode);
    const at = link?.at ?? parseScheduledName(name, siteCode);
    const path = join(folder, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!at || !st?.isFile() || !hasAgeHeader(path)) continue;
    files.set(name, { at, bytes: st.size, link: link ? { base: link.base, sequence: link.sequence } : null });
  }
  const points: BackupChainPoint[] = [];
  for (const [name, f] of files) {
    const needs = f.link
      ? [f.link.base, ...[...files].filter(([, o]) => o.link?.base === f.link!.base && o.link.sequence < f.link!.sequence).map(([n]) => n)]
      : [];
    const present = needs.filter((n) => files.has(n));
    const expected = f.link ? f.link.sequence : 0;
    points.push({
      fileName: name,
      kind: f.link ? 'link' : 'full',
      sequence: expected,
      createdAt: f.at.toISOString(),
      bytes: f.bytes,
      needs: needs.sort(),
      needsBytes: f.bytes + present.reduce((a, n) => a + files.get(n)!.bytes, 0),
      complete: present.length === expected,
    });
  }
  return points.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listPrevious } from '../backup/restore';
import { PREVIOUS_PREFIX } from '../paths';
import { appendAudit } from '../audit/audit-log';
import type { Session } from '../session';

/**
 * Pre-restore copies (`previous-<timestamp>/`): a restore keeps the vault it replaced so
 * it can be undone. Each holds a whole vault under its own keys, including slots of
 * staff who have since left and keys a re-key has since replaced, so they are removed
 * once older than the manager's setting (default 30 days), with an audit entry; while
 * one exists, Home says so.
 */
const DAY_MS = 86_400_000;

/** The folder name's timestamp (previous-20260101T080000000Z), else the folder's time. */
export function previousCreatedAt(dataDir: string, name: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/.exec(name.slice(PREVIOUS_PREFIX.length));
  if (m) return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!));
  try {
    return statSync(join(dataDir, name)).mtime;
  } catch {
    return null;
  }
}

export function listPreviousCopies(dataDir: string): { name: string; createdAt: string | null }[] {
  return listPrevious(dataDir).map((name) => ({ name, createdAt: previousCreatedAt(dataDir, name)?.toISOString() ?? null }));
}

export async function prunePreviousCopies(session: Session, dataDir: string, retentionDays: number, now: number): Promise<string[]> {
  const expired = listPrevious(dataDir).filter((name) => {
    const at = previousCreatedAt(dataDir, name);
    return at !== null && now - at.getTime() > retentionDays * DAY_MS;
  });
  for (const name of expired) {
    rmSync(join(dataDir, name), { recursive: true, force: true });
    await appendAudit(session.db, { action: 'vault.previous_pruned', actorId: session.user.id, details: { name, retentionDays } });
  }
  return expired;
}

import type { AuditAction } from '../../../shared/domain/audit';
import type { AppDb } from '../db/kysely';
import { auditRepo } from '../repositories/audit';
import { entryHash, GENESIS_HASH, verifyChain, type ChainProblem } from './chain';
import { nowIso } from '../ids';

export interface AuditEvent {
  action: AuditAction;
  actorId: string | null;
  targetType?: string;
  targetId?: string;
  /** Field names and non-sensitive facts only; never passwords, keys or restricted values. */
  details?: Record<string, unknown>;
  at?: string;
}

/**
 * Appends one hash-chained entry. Call it inside the same transaction as the change it
 * records, so the change and its audit entry commit together or not at all.
 */
export async function appendAudit(db: AppDb, e: AuditEvent): Promise<void> {
  const last = await auditRepo.last(db);
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at: e.at ?? nowIso(),
    actor_id: e.actorId,
    action: e.action,
    target_type: e.targetType ?? null,
    target_id: e.targetId ?? null,
    details: JSON.stringify(e.details ?? {}),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await auditRepo.insert(db, { ...fields, hash: entryHash(fields) });
}

export async function verifyAudit(db: AppDb): Promise<{ checked: number; problems: ChainProblem[] }> {
  const rows = await auditRepo.all(db);
  return { checked: rows.length, problems: verifyChain(rows) };
}

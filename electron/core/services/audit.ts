import type { AuditAction, AuditEntryView, AuditVerifyResult } from '../../../shared/domain/audit';
import type { Session } from '../session';
import { auditRepo } from '../repositories/audit';
import { appendAudit, verifyAudit } from '../audit/audit-log';
import { anchorCheckFor } from '../audit/anchor';
import { requireSession, type CoreState } from '../state';

export async function listAudit(session: Session, limit: number, beforeSeq?: number): Promise<AuditEntryView[]> {
  const rows = await auditRepo.page(session.db, limit, beforeSeq);
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name ?? null,
    action: r.action as AuditAction,
    targetType: r.target_type,
    targetId: r.target_id,
    targetLabel: r.target_code ?? null,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
}

export async function verifyAuditLog(state: CoreState): Promise<AuditVerifyResult> {
  const session = requireSession(state);
  const chain = await verifyAudit(session.db);
  const checked = chain.checked;
  const problems = [...chain.problems, ...(await anchorCheckFor(state))];
  await appendAudit(session.db, { action: 'audit.verified', actorId: session.user.id, details: { checked, problems: problems.length } });
  return { ok: problems.length === 0, checked, problems };
}
